/**
 * Bước Biểu mẫu — every agency's workbook for the period: downloaded one by one or all together,
 * or, where Excel can (ExcelApi 1.8), opened as new workbooks in Excel.
 */
import {
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
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { usePane } from '../PaneContext';
import { PeriodPicker } from '../components/PeriodPicker';
import type { AgencyFile } from '../engine/forms';
import { loadEngine } from '../engine/load';
import { downloadFile } from '../files/download';
import { useI18n } from '../i18n/I18nContext';
import { bothLanguages } from '../i18n/strings';
import { periodId, periodYears } from '../state/period';

const useStyles = makeStyles({
  table: { tableLayout: 'auto' },
  name: { overflowWrap: 'anywhere' },
  fileActions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS, paddingBlock: tokens.spacingVerticalXS },
});

/** Browsers drop some of many downloads started at the same instant. */
const DOWNLOAD_SPACING_MS = 400;
const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export function FormsStep({ currentYear }: { currentYear: number }) {
  const styles = useStyles();
  const { host, session, dispatch, job } = usePane();
  const { strings } = useI18n();
  const plan = session.plan;
  if (plan === null) {
    return (
      <MessageBar intent="info">
        <MessageBarBody>{session.master === null ? strings.needMaster : strings.needPlan}</MessageBarBody>
      </MessageBar>
    );
  }
  // Excel.createWorkbook is in ExcelApi 1.8.
  const canOpen = host.kind === 'excel' && host.isSetSupported('ExcelApi', '1.8');
  const forms = session.forms;

  const make = () =>
    job.run(strings.formsMake, async (control) => {
      const made = await (await loadEngine()).makeAgencyFiles(plan, periodId(session.period), new Date(), control);
      dispatch({ type: 'formsMade', forms: made });
      dispatch({ type: 'noticed', intent: 'success', text: bothLanguages('formsMade', made.files.length) });
    });

  const downloadAll = (files: readonly AgencyFile[]) =>
    job.run(strings.formsDownloadAll, async (control) => {
      for (const [index, file] of files.entries()) {
        control.signal.throwIfAborted();
        downloadFile(file.fileName, file.data);
        control.progress(index + 1, files.length);
        await pause(DOWNLOAD_SPACING_MS);
      }
    });

  const open = (file: AgencyFile) =>
    job.run(strings.formsOpenInExcelLabel(file.fileName), async () => {
      await (await loadEngine()).openInExcel(file.data);
    });

  const { tasks, projects, targets } = forms?.unassigned ?? { tasks: 0, projects: 0, targets: 0 };
  return (
    <div className="stack">
      <section className="stack" aria-labelledby="forms-heading">
        <Subtitle2 as="h2" id="forms-heading">
          {strings.formsHeading}
        </Subtitle2>
        <Caption1>{strings.formsHint}</Caption1>
        <PeriodPicker
          years={periodYears(plan.document, currentYear)}
          value={session.period}
          onChange={(period) => dispatch({ type: 'periodChanged', period })}
          disabled={job.state.running}
        />
        <div className="actions">
          <Button appearance="primary" onClick={() => void make()} disabled={job.state.running}>
            {strings.formsMake}
          </Button>
        </div>
      </section>

      {forms !== null ? (
        <section className="stack" aria-labelledby="forms-list-heading">
          <Subtitle2 as="h3" id="forms-list-heading">
            {strings.formsFileList}
          </Subtitle2>
          {tasks + projects + targets > 0 ? (
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>{strings.formsUnassigned(tasks, projects, targets)}</MessageBarBody>
            </MessageBar>
          ) : null}
          {forms.files.length > 1 ? (
            <div className="actions">
              <Button onClick={() => void downloadAll(forms.files)} disabled={job.state.running}>
                {strings.formsDownloadAll}
              </Button>
              <Caption1>{strings.formsDownloadHint}</Caption1>
            </div>
          ) : null}
          <Table size="small" className={styles.table} aria-labelledby="forms-list-heading">
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{strings.formsColumnAgency}</TableHeaderCell>
                <TableHeaderCell>{strings.formsColumnFile}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {forms.files.map((file) => (
                <TableRow key={file.fileName}>
                  <TableCell>
                    <Text size={200}>{file.agencyName}</Text>
                  </TableCell>
                  <TableCell>
                    <Caption1 className={styles.name}>{file.fileName}</Caption1>
                    <div className={styles.fileActions}>
                      <Button
                        size="small"
                        aria-label={strings.formsDownloadLabel(file.fileName)}
                        onClick={() => downloadFile(file.fileName, file.data)}
                      >
                        {strings.download}
                      </Button>
                      {canOpen ? (
                        <Button
                          size="small"
                          aria-label={strings.formsOpenInExcelLabel(file.fileName)}
                          onClick={() => void open(file)}
                          disabled={job.state.running}
                        >
                          {strings.formsOpenInExcel}
                        </Button>
                      ) : null}
                    </div>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </section>
      ) : null}
    </div>
  );
}
