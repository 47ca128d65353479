/**
 * Bước Tổng hợp — the returned files go into the master's report tables: each validated in full
 * first, rejected rows to the quarantine, a resubmission replacing the earlier one, the same file
 * twice changing nothing. Shows what happened to each file.
 */
import {
  Badge,
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { usePane } from '../PaneContext';
import { FindingsView } from '../components/FindingsView';
import { MasterFile } from '../components/MasterFile';
import { OUTCOME_COLOURS, outcomeLabel } from '../components/outcome';
import { loadEngine } from '../engine/load';
import { useI18n } from '../i18n/I18nContext';
import { bothLanguages } from '../i18n/strings';
import { periodId } from '../state/period';

const useStyles = makeStyles({
  summary: { display: 'grid', gridTemplateColumns: 'repeat(2, minmax(0, 1fr))', gap: tokens.spacingHorizontalS, margin: 0 },
  figure: { display: 'flex', flexDirection: 'column' },
  value: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  name: { overflowWrap: 'anywhere' },
});

export function ConsolidateStep() {
  const styles = useStyles();
  const { session, dispatch, job } = usePane();
  const { strings } = useI18n();
  const plan = session.plan;
  const master = session.master;
  if (plan === null || master === null) {
    return (
      <MessageBar intent="info">
        <MessageBarBody>{master === null ? strings.needMaster : strings.needPlan}</MessageBarBody>
      </MessageBar>
    );
  }
  const files = session.returned;
  const agencyNames = Object.fromEntries(plan.agencies.map((agency) => [agency.id, agency.name]));

  const run = () =>
    job.run(strings.consolidateRun, async (control) => {
      const consolidation = await (await loadEngine()).consolidate(master, files, periodId(session.period), control);
      dispatch({ type: 'consolidated', consolidation, agencyNames });
      if (!consolidation.ok) return;
      dispatch({ type: 'masterWritten' });
      const accepted = consolidation.files.filter((file) => file.submission.outcome === 'accepted').length;
      dispatch({ type: 'noticed', intent: 'success', text: bothLanguages('consolidateDone', accepted, consolidation.files.length) });
    });

  const result = session.consolidation;
  const outcomes = result?.files ?? [];
  const total = (pick: (file: (typeof outcomes)[number]) => number) => outcomes.reduce((sum, file) => sum + pick(file), 0);
  return (
    <div className="stack">
      <section className="stack" aria-labelledby="consolidate-heading">
        <Subtitle2 as="h2" id="consolidate-heading">
          {strings.consolidateHeading}
        </Subtitle2>
        <Caption1>{strings.consolidateHint}</Caption1>
        {files.length === 0 ? (
          <MessageBar intent="info">
            <MessageBarBody>{strings.consolidateNoFiles}</MessageBarBody>
          </MessageBar>
        ) : (
          <>
            <Caption1>{strings.consolidateFiles(files.length, periodId(session.period))}</Caption1>
            <div className="actions">
              <Button appearance="primary" onClick={() => void run()} disabled={job.state.running}>
                {master.kind === 'excel' ? strings.consolidateRun : strings.consolidateRunFile}
              </Button>
            </div>
          </>
        )}
        {master.kind === 'file' ? <MasterFile /> : null}
      </section>

      {result !== null && !result.ok ? (
        <section className="stack" aria-labelledby="consolidate-master-heading">
          <Subtitle2 as="h2" id="consolidate-master-heading">
            {strings.consolidateMasterErrors}
          </Subtitle2>
          <FindingsView
            label={strings.consolidateMasterErrors}
            groups={[{ key: 'master', title: strings.masterHeading, findings: result.masterFindings }]}
          />
        </section>
      ) : null}

      {result !== null && result.ok ? (
        <section className="stack" aria-labelledby="consolidate-result-heading">
          <Subtitle2 as="h2" id="consolidate-result-heading">
            {strings.consolidateResult}
          </Subtitle2>
          <dl className={styles.summary}>
            {[
              [strings.outcomeAccepted, outcomes.filter((file) => file.submission.outcome === 'accepted').length],
              [strings.outcomeRejected, outcomes.filter((file) => file.submission.outcome === 'rejected').length],
              [strings.outcomeDuplicate, outcomes.filter((file) => file.submission.outcome === 'duplicate').length],
              [strings.consolidateRowsAccepted, total((file) => file.submission.rowsAccepted)],
              [strings.consolidateRowsQuarantined, total((file) => file.submission.rowsQuarantined)],
            ].map(([label, value]) => (
              <div key={label} className={styles.figure}>
                <dt>
                  <Caption1>{label}</Caption1>
                </dt>
                <dd className={styles.value}>{value}</dd>
              </div>
            ))}
          </dl>
          <Table size="small" aria-labelledby="consolidate-result-heading">
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{strings.logFile}</TableHeaderCell>
                <TableHeaderCell>{strings.logRows}</TableHeaderCell>
                <TableHeaderCell>{strings.logOutcome}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {outcomes.map(({ submission }) => (
                <TableRow key={submission.id}>
                  <TableCell className={styles.name}>
                    {submission.fileName}
                    <br />
                    <Caption1>{submission.agencyId === null ? strings.unknown : (agencyNames[submission.agencyId] ?? submission.agencyId)}</Caption1>
                  </TableCell>
                  <TableCell>{`${submission.rowsAccepted} / ${submission.rowsQuarantined}`}</TableCell>
                  <TableCell>
                    <Badge appearance="tint" color={OUTCOME_COLOURS[submission.outcome]}>
                      {outcomeLabel(submission.outcome, strings)}
                    </Badge>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          {result.masterFindings.length > 0 ? (
            <FindingsView
              label={strings.consolidateMasterWarnings}
              groups={[{ key: 'master', title: strings.masterHeading, findings: result.masterFindings }]}
            />
          ) : null}
        </section>
      ) : null}
    </div>
  );
}
