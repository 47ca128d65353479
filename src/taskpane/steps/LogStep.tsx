/** Bước Nhật ký — every file received and what became of it, as the master's log holds it. */
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
} from '@fluentui/react-components';
import { usePane } from '../PaneContext';
import { loadEngine } from '../engine/load';
import { useI18n } from '../i18n/I18nContext';
import { OUTCOME_COLOURS, outcomeLabel } from '../components/outcome';

const useStyles = makeStyles({
  scroll: { overflowX: 'auto' },
  table: { minWidth: '560px' },
  name: { overflowWrap: 'anywhere' },
});

/** `2022-11-15T08:30:00.000Z` as an official reads it, in the machine's time zone: `15/11/2022 15:30`. */
function receivedAt(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(date.getDate())}/${two(date.getMonth() + 1)}/${date.getFullYear()} ${two(date.getHours())}:${two(date.getMinutes())}`;
}

export function LogStep() {
  const styles = useStyles();
  const { session, dispatch, job } = usePane();
  const { strings } = useI18n();
  const master = session.master;
  if (master === null) {
    return (
      <MessageBar intent="info">
        <MessageBarBody>{strings.needMaster}</MessageBarBody>
      </MessageBar>
    );
  }
  const refresh = () =>
    job.run(strings.logHeading, async () => {
      dispatch({ type: 'logRead', log: await (await loadEngine()).readSubmissionLog(master) });
    });
  const log = session.log;
  const yesNo = (value: boolean | null) => (value === null ? strings.unknown : value ? strings.yes : strings.no);
  return (
    <section className="stack" aria-labelledby="log-heading">
      <Subtitle2 as="h2" id="log-heading">
        {strings.logHeading}
      </Subtitle2>
      <div className="actions">
        <Button onClick={() => void refresh()} disabled={job.state.running}>
          {strings.logRefresh}
        </Button>
      </div>
      {log === null ? null : log.submissions.length === 0 ? (
        <Caption1>{strings.logEmpty}</Caption1>
      ) : (
        <div className={styles.scroll} tabIndex={0} role="region" aria-labelledby="log-heading">
          <Table size="extra-small" className={styles.table}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{strings.logFile}</TableHeaderCell>
                <TableHeaderCell>{strings.logAgency}</TableHeaderCell>
                <TableHeaderCell>{strings.logPeriod}</TableHeaderCell>
                <TableHeaderCell>{strings.logReceived}</TableHeaderCell>
                <TableHeaderCell>{strings.logOnTime}</TableHeaderCell>
                <TableHeaderCell>{strings.logErrors}</TableHeaderCell>
                <TableHeaderCell>{strings.logWarnings}</TableHeaderCell>
                <TableHeaderCell>{strings.logRows}</TableHeaderCell>
                <TableHeaderCell>{strings.logOutcome}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {log.submissions.map((submission) => (
                <TableRow key={`${submission.id}-${submission.receivedAt}`}>
                  <TableCell className={styles.name}>{submission.fileName}</TableCell>
                  <TableCell>
                    {submission.agencyId === null ? strings.unknown : (log.agencyNames[submission.agencyId] ?? submission.agencyId)}
                  </TableCell>
                  <TableCell>{submission.period ?? strings.unknown}</TableCell>
                  <TableCell>{receivedAt(submission.receivedAt)}</TableCell>
                  <TableCell>{yesNo(submission.onTime)}</TableCell>
                  <TableCell>{submission.errors}</TableCell>
                  <TableCell>{submission.warnings}</TableCell>
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
        </div>
      )}
    </section>
  );
}
