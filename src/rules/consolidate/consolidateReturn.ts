/**
 * Tổng hợp một tệp — the report tables and one fully validated file → the new report tables and
 * the file's line in the submission log. Nothing is lost and nothing is counted twice:
 *
 * - The same bytes again (same sha256) change nothing but a `duplicate` line in the log. Log ids
 *   are unique (the master keys its rows by them): the first receipt of a file is its sha256, the
 *   n-th `<sha256>#n`.
 * - A file that cannot be read (`validated` null: refused by the gate or the parser) is logged as
 *   rejected; it has no rows.
 * - A file with a file-level error (not a form, wrong plan, agency or period, stale form, missing
 *   sheet or column) is rejected whole: all its rows go to the quarantine with the file's errors.
 * - Otherwise each row stands alone: rows with errors go to the quarantine with their reasons, the
 *   others are accepted. A file with no acceptable row is rejected (it replaces nothing).
 * - An accepted file replaces every earlier row of the same agency and period (a newer file is one
 *   received later), and the earlier accepted files of that agency and period become `replaced` in
 *   the log; their quarantined rows stay, as the record of what they held.
 * - Every input row of a file is either accepted or quarantined: rowsAccepted + rowsQuarantined is
 *   the number of rows the file held (a duplicate consolidates nothing and counts none).
 */
import type { Plan } from '../../domain/plan';
import { parsePeriod } from '../../domain/period';
import type { ProjectReport, QuarantinedRow, Reports, Submission, TargetReport, TaskReport } from '../../domain/report';
import { isFileLevelError, type ValidatedReturn } from '../validate/model';
import { periodDeadline, receivedOnTime } from './deadline';
import { quarantineReasons, quarantinedRow } from './quarantine';

export interface Receipt {
  /** sha256 (hex) of the file's bytes. */
  readonly sha256: string;
  readonly fileName: string;
  /** ISO date-time the file was received, from the caller's clock. */
  readonly receivedAt: string;
  /** What was found in the bytes before the workbook was read (the gate), counted in the log. */
  readonly byteFindings?: { readonly errors: number; readonly warnings: number };
}

export interface Consolidated {
  readonly reports: Reports;
  readonly submission: Submission;
}

/** The file a log line is about: its sha256, without the receipt number. */
const submittedFile = (submissionId: string): string => submissionId.split('#')[0];

export function consolidateReturn(reports: Reports, validated: ValidatedReturn | null, receipt: Receipt, plan: Plan): Consolidated {
  const findings = validated?.findings ?? [];
  const errors = findings.filter((finding) => finding.severity === 'error').length + (receipt.byteFindings?.errors ?? 0);
  const warnings = findings.filter((finding) => finding.severity === 'warning').length + (receipt.byteFindings?.warnings ?? 0);
  const period = validated?.period ?? null;
  const base = {
    fileName: receipt.fileName,
    agencyId: validated?.agencyId ?? null,
    period,
    receivedAt: receipt.receivedAt,
    onTime: onTime(plan, period, receipt.receivedAt),
    errors,
    warnings,
  };

  const receipts = reports.submissions.filter((submission) => submittedFile(submission.id) === receipt.sha256).length;
  if (receipts > 0) {
    const submission: Submission = { ...base, id: `${receipt.sha256}#${receipts + 1}`, outcome: 'duplicate', rowsAccepted: 0, rowsQuarantined: 0 };
    return { reports: { ...reports, submissions: [...reports.submissions, submission] }, submission };
  }

  const id = receipt.sha256;
  if (validated === null) {
    const submission: Submission = { ...base, id, outcome: 'rejected', rowsAccepted: 0, rowsQuarantined: 0 };
    return { reports: { ...reports, submissions: [...reports.submissions, submission] }, submission };
  }
  const fileErrors = validated.findings.filter(isFileLevelError);
  const tasks: TaskReport[] = [];
  const projects: ProjectReport[] = [];
  const targets: TargetReport[] = [];
  const quarantine: QuarantinedRow[] = [];
  for (const row of validated.rows) {
    const reasons = quarantineReasons(row, fileErrors);
    if (reasons !== null) {
      quarantine.push(quarantinedRow(row, id, reasons));
      continue;
    }
    if (row.answer === null) throw new Error(`validated row ${row.sheet}!${row.row} has neither answers nor errors`);
    const { answer } = row;
    // Object.assign, not `{ ...record, submissionId }`: V8 gives such spread objects slow properties,
    // and every later file filters all the rows kept so far (see `replaces` below).
    if (answer.entity === 'tasks') tasks.push(Object.assign({}, answer.record, { submissionId: id }));
    if (answer.entity === 'projects') projects.push(Object.assign({}, answer.record, { submissionId: id }));
    if (answer.entity === 'targets') targets.push(Object.assign({}, answer.record, { submissionId: id }));
  }
  const rowsAccepted = tasks.length + projects.length + targets.length;
  const submission: Submission = {
    ...base,
    id,
    outcome: rowsAccepted > 0 ? 'accepted' : 'rejected',
    rowsAccepted,
    rowsQuarantined: quarantine.length,
  };
  if (rowsAccepted === 0) {
    return { reports: { ...reports, quarantine: [...reports.quarantine, ...quarantine], submissions: [...reports.submissions, submission] }, submission };
  }

  const replaces = (row: { agencyId: string; period: string }) => row.agencyId === validated.agencyId && row.period === validated.period;
  return {
    reports: {
      tasks: [...reports.tasks.filter((row) => !replaces(row)), ...tasks],
      projects: [...reports.projects.filter((row) => !replaces(row)), ...projects],
      targets: [...reports.targets.filter((row) => !replaces(row)), ...targets],
      quarantine: [...reports.quarantine, ...quarantine],
      submissions: [
        ...reports.submissions.map((earlier) =>
          earlier.outcome === 'accepted' && earlier.agencyId === validated.agencyId && earlier.period === validated.period
            ? { ...earlier, outcome: 'replaced' as const }
            : earlier,
        ),
        submission,
      ],
    },
    submission,
  };
}

function onTime(plan: Plan, periodId: string | null, receivedAt: string): boolean | null {
  if (periodId === null) return null;
  const period = parsePeriod(periodId);
  return period.ok ? receivedOnTime(receivedAt, periodDeadline(plan, period.value)) : null;
}
