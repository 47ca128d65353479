/**
 * Bước Tiếp nhận — the files the agencies sent back: picked, checked against the plan one at a
 * time, and their findings shown per file and agency, with a marked copy of each file to send back.
 */
import {
  Badge,
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useMemo } from 'react';
import type { FileCheck } from '../../app/validate';
import { usePane } from '../PaneContext';
import { FileInput, XLSX_ACCEPT } from '../components/FileInput';
import { PeriodPicker } from '../components/PeriodPicker';
import { type FindingsGroup, FindingsView } from '../components/FindingsView';
import type { ReturnedFile } from '../engine/intake';
import { loadEngine } from '../engine/load';
import { downloadFile } from '../files/download';
import { useI18n } from '../i18n/I18nContext';
import type { Strings } from '../i18n/strings';
import { severityCounts } from '../state/findingsFilter';
import { periodId, periodYears } from '../state/period';

const useStyles = makeStyles({
  files: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  file: { display: 'flex', justifyContent: 'space-between', gap: tokens.spacingHorizontalS, overflowWrap: 'anywhere' },
  totals: { display: 'flex', gap: tokens.spacingHorizontalXS, flexWrap: 'wrap' },
});

const statusLabel = (status: FileCheck['status'], strings: Strings): string =>
  ({ valid: strings.intakeValid, invalid: strings.intakeInvalid, unreadable: strings.intakeUnreadable })[status];

const sizeText = (bytes: number): string => `${Math.max(1, Math.round(bytes / 1024))} KB`;

export function IntakeStep({ currentYear }: { currentYear: number }) {
  const styles = useStyles();
  const { session, dispatch, job } = usePane();
  const { strings } = useI18n();
  const plan = session.plan;
  const agencyNames = useMemo(() => new Map((plan?.agencies ?? []).map((agency) => [agency.id, agency.name])), [plan]);
  if (plan === null) {
    return (
      <MessageBar intent="info">
        <MessageBarBody>{session.master === null ? strings.needMaster : strings.needPlan}</MessageBarBody>
      </MessageBar>
    );
  }

  const pick = (files: File[]) =>
    job.run(strings.intakePick, async () => {
      const read: ReturnedFile[] = [];
      for (const file of files) read.push({ fileName: file.name, data: await file.arrayBuffer() });
      dispatch({ type: 'returnedPicked', files: read });
    });

  const check = () =>
    job.run(strings.intakeCheck, async (control) => {
      const checks = await (await loadEngine()).checkFiles(plan, session.returned, periodId(session.period), control);
      dispatch({ type: 'filesChecked', checks });
    });

  const annotated = (pairs: readonly { file: ReturnedFile; check: FileCheck }[]) =>
    job.run(strings.intakeAnnotated, async (control) => {
      const engine = await loadEngine();
      for (const [index, { file, check }] of pairs.entries()) {
        control.signal.throwIfAborted();
        const copy = await engine.annotatedCopy(file, check);
        downloadFile(copy.fileName, copy.data);
        control.progress(index + 1, pairs.length);
      }
    });

  const agencyOf = (check: FileCheck): string => (check.agency === null ? strings.unknown : (agencyNames.get(check.agency) ?? check.agency));
  const checks = session.checks;
  // Checks come back in the order the files were picked.
  const pairs = (checks ?? []).flatMap((check, index) => {
    const file = session.returned[index];
    return file === undefined ? [] : [{ check, file }];
  });
  const markable = pairs.filter(({ check }) => check.status !== 'unreadable' && check.findings.length > 0);
  const groups: FindingsGroup[] = [...pairs]
    .sort((a, b) => agencyOf(a.check).localeCompare(agencyOf(b.check), 'vi') || a.check.file.localeCompare(b.check.file, 'vi'))
    .map(({ check, file }) => ({
      key: check.file,
      title: check.file,
      subtitle: `${agencyOf(check)} · ${check.period ?? strings.unknown} · ${statusLabel(check.status, strings)}`,
      findings: check.findings,
      actions:
        check.status !== 'unreadable' && check.findings.length > 0 ? (
          <div className="actions">
            <Button
              size="small"
              aria-label={strings.intakeAnnotatedLabel(file.fileName)}
              onClick={() => void annotated([{ file, check }])}
              disabled={job.state.running}
            >
              {strings.intakeAnnotated}
            </Button>
          </div>
        ) : undefined,
    }));
  const counts = checks === null ? null : { files: checks.length, valid: checks.filter((c) => c.status === 'valid').length };
  const totals = severityCounts(checks?.flatMap((c) => c.findings) ?? []);
  return (
    <div className="stack">
      <section className="stack" aria-labelledby="intake-heading">
        <Subtitle2 as="h2" id="intake-heading">
          {strings.intakeHeading}
        </Subtitle2>
        <PeriodPicker
          years={periodYears(plan.document, currentYear)}
          value={session.period}
          onChange={(period) => dispatch({ type: 'periodChanged', period })}
          disabled={job.state.running}
        />
        <Caption1>{strings.intakePeriodHint}</Caption1>
        <FileInput
          label={strings.intakePick}
          hint={strings.intakePickHint}
          accept={`${XLSX_ACCEPT},.xls,.xlsm`}
          multiple
          disabled={job.state.running}
          onFiles={(files) => void pick(files)}
        />
        {session.returned.length > 0 ? (
          <>
            <ul className={styles.files} aria-label={strings.intakePicked(session.returned.length)}>
              {session.returned.map((file) => (
                <li key={file.fileName} className={styles.file}>
                  <Caption1>{file.fileName}</Caption1>
                  <Caption1>{sizeText(file.data.byteLength)}</Caption1>
                </li>
              ))}
            </ul>
            <div className="actions">
              <Button appearance="primary" onClick={() => void check()} disabled={job.state.running}>
                {strings.intakeCheck}
              </Button>
              <Button onClick={() => dispatch({ type: 'returnedCleared' })} disabled={job.state.running}>
                {strings.intakeClear}
              </Button>
            </div>
          </>
        ) : null}
      </section>

      {checks !== null && counts !== null ? (
        <section className="stack" aria-labelledby="intake-result-heading">
          <Subtitle2 as="h2" id="intake-result-heading">
            {strings.intakeResult}
          </Subtitle2>
          <div className={styles.totals} role="status">
            <Badge appearance="tint" color="success">
              {strings.intakeValidCount(counts.valid, counts.files)}
            </Badge>
            <Badge appearance="tint" color={totals.errors > 0 ? 'danger' : 'informative'}>
              {strings.findingsCount(totals.errors, totals.warnings)}
            </Badge>
          </div>
          {markable.length > 1 ? (
            <div className="actions">
              <Button onClick={() => void annotated(markable)} disabled={job.state.running}>
                {strings.intakeAnnotatedAll(markable.length)}
              </Button>
            </div>
          ) : null}
          <FindingsView label={strings.intakeResult} groups={groups} />
          <Caption1>{strings.intakeNext}</Caption1>
        </section>
      ) : null}
    </div>
  );
}
