/**
 * Bước Báo cáo — computes the period as of a date and writes the report sheets and the official
 * appendices into the master (or, on its own, a separate workbook too); draws task compliance per
 * agency and investment per location.
 */
import { Button, Caption1, Field, Input, MessageBar, MessageBarBody, Subtitle2, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { usePane } from '../PaneContext';
import { BarChart } from '../charts/BarChart';
import { FindingsView } from '../components/FindingsView';
import { MasterFile } from '../components/MasterFile';
import { PeriodPicker } from '../components/PeriodPicker';
import { loadEngine } from '../engine/load';
import type { ReportOutcome, ReportRequest } from '../engine/report';
import { downloadFile } from '../files/download';
import { useI18n } from '../i18n/I18nContext';
import { bothLanguages } from '../i18n/strings';
import { periodId, periodYears } from '../state/period';

const useStyles = makeStyles({
  figures: { display: 'grid', gridTemplateColumns: 'repeat(2, minmax(0, 1fr))', gap: tokens.spacingHorizontalS, margin: 0 },
  figure: { display: 'flex', flexDirection: 'column' },
  value: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, margin: 0 },
});

const isoDay = (date: Date): string =>
  `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;

export function ReportStep({ currentYear }: { currentYear: number }) {
  const styles = useStyles();
  const { host, session, dispatch, job } = usePane();
  const { language, strings } = useI18n();
  const [asOf, setAsOf] = useState('');
  const [reportNumber, setReportNumber] = useState('');
  const [reportDate, setReportDate] = useState('');
  const plan = session.plan;
  const master = session.master;
  if (plan === null || master === null) {
    return (
      <MessageBar intent="info">
        <MessageBarBody>{master === null ? strings.needMaster : strings.needPlan}</MessageBarBody>
      </MessageBar>
    );
  }
  const request = (): ReportRequest => ({
    periodId: periodId(session.period),
    asOf: asOf === '' ? null : asOf,
    reportNumber,
    reportDate: reportDate === '' ? null : reportDate,
    today: isoDay(new Date()),
  });
  const shown = (outcome: ReportOutcome) => dispatch({ type: 'reportWritten', view: outcome.view, findings: outcome.findings });

  const writeIntoMaster = () =>
    job.run(strings.reportWrite, async () => {
      const outcome = await (await loadEngine()).writeReportIntoMaster(master, request());
      shown(outcome);
      if (outcome.view === null) return;
      dispatch({ type: 'masterWritten' });
      dispatch({ type: 'noticed', intent: 'success', text: bothLanguages('reportWritten', outcome.view.periodId) });
    });

  const downloadReport = () =>
    job.run(strings.reportDownload, async () => {
      const outcome = await (await loadEngine()).writeReportFile(master, request());
      shown(outcome);
      if (outcome.file !== null) downloadFile(outcome.file.fileName, outcome.file.data);
    });

  const number = new Intl.NumberFormat(language === 'vi' ? 'vi-VN' : 'en-US', { maximumFractionDigits: 2 });
  const percent = (rate: number | null) => (rate === null ? strings.unknown : `${number.format(Math.round(rate * 1000) / 10)}%`);
  const report = session.report;
  const view = report?.view ?? null;
  return (
    <div className="stack">
      <section className="stack" aria-labelledby="report-heading">
        <Subtitle2 as="h2" id="report-heading">
          {strings.reportHeading}
        </Subtitle2>
        <PeriodPicker
          years={periodYears(plan.document, currentYear)}
          value={session.period}
          onChange={(period) => dispatch({ type: 'periodChanged', period })}
          disabled={job.state.running}
        />
        <Field label={strings.reportAsOf} hint={strings.reportAsOfHint}>
          <Input type="date" value={asOf} onChange={(_, data) => setAsOf(data.value)} />
        </Field>
        <Field label={strings.reportNumber} hint={strings.reportNumberHint}>
          <Input value={reportNumber} onChange={(_, data) => setReportNumber(data.value)} />
        </Field>
        <Field label={strings.reportDate}>
          <Input type="date" value={reportDate} onChange={(_, data) => setReportDate(data.value)} />
        </Field>
        <div className="actions">
          <Button appearance="primary" onClick={() => void writeIntoMaster()} disabled={job.state.running}>
            {host.kind === 'excel' ? strings.reportWrite : strings.reportWriteFile}
          </Button>
          <Button onClick={() => void downloadReport()} disabled={job.state.running}>
            {strings.reportDownload}
          </Button>
        </div>
        {master.kind === 'file' ? <MasterFile /> : null}
      </section>

      {report !== null && report.findings.length > 0 ? (
        <FindingsView label={strings.reportFindings} groups={[{ key: 'report', title: strings.reportFindings, findings: report.findings }]} />
      ) : null}

      {view !== null ? (
        <section className="stack" aria-labelledby="report-result-heading">
          <Subtitle2 as="h2" id="report-result-heading">
            {strings.reportResult(view.periodId, view.asOf.split('-').reverse().join('/'))}
          </Subtitle2>
          <dl className={styles.figures}>
            {[
              [strings.reportTasks, String(view.tasks)],
              [strings.reportDoneRate, percent(view.doneRate)],
              [strings.reportOnTimeRate, percent(view.onTimeRate)],
              [strings.reportGaps, String(view.agenciesLateOrMissing)],
              [strings.reportProjects, String(view.projects)],
              [strings.reportInvestment, number.format(view.totalInvestment)],
            ].map(([label, value]) => (
              <div key={label} className={styles.figure}>
                <dt>
                  <Caption1>{label}</Caption1>
                </dt>
                <dd className={styles.value}>
                  <Text size={500} weight="semibold">
                    {value}
                  </Text>
                </dd>
              </div>
            ))}
          </dl>
          {view.compliance.rows.length > 0 ? <BarChart chart={view.compliance} /> : <Caption1>{strings.reportNoTasks}</Caption1>}
          {view.investment.rows.length > 0 ? <BarChart chart={view.investment} /> : <Caption1>{strings.reportNoProjects}</Caption1>}
        </section>
      ) : null}
    </div>
  );
}
