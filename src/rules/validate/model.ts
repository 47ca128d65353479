/**
 * Kết quả kiểm tra một tệp báo cáo — what validating one returned agency workbook yields: every
 * finding, whether the file as a whole must be sent back, and every data row it holds with the
 * answers read from it (or the errors that keep it out of the master).
 */
import { z } from 'zod';
import { Finding, type FindingCode } from '../../domain/finding';
import { PeriodId, ProjectReport, TargetReport, TaskReport } from '../../domain/report';

/** Findings that make the whole file unusable: nothing of it may reach the report tables. */
export const FILE_LEVEL_CODES: ReadonlySet<FindingCode> = new Set<FindingCode>([
  'file-unreadable',
  'file-too-large',
  'not-a-template',
  'wrong-plan',
  'wrong-agency',
  'wrong-period',
  'stale-template',
  'missing-sheet',
  'missing-column',
]);

/** A finding that rejects the whole file: a file-level code with error severity. */
export const isFileLevelError = (finding: Finding): boolean =>
  finding.severity === 'error' && FILE_LEVEL_CODES.has(finding.code);

/** The answers of one row, as the report tables keep them (the submission id is added on consolidation). */
export const TaskAnswer = TaskReport.omit({ submissionId: true });
export type TaskAnswer = z.infer<typeof TaskAnswer>;
export const ProjectAnswer = ProjectReport.omit({ submissionId: true });
export type ProjectAnswer = z.infer<typeof ProjectAnswer>;
export const TargetAnswer = TargetReport.omit({ submissionId: true });
export type TargetAnswer = z.infer<typeof TargetAnswer>;

export const Answer = z.discriminatedUnion('entity', [
  z.object({ entity: z.literal('tasks'), record: TaskAnswer }),
  z.object({ entity: z.literal('projects'), record: ProjectAnswer }),
  z.object({ entity: z.literal('targets'), record: TargetAnswer }),
]);
export type Answer = z.infer<typeof Answer>;

/** Dòng dữ liệu — one non-empty row below the header of a data sheet: an input row of the file. */
export const ReturnedRow = z.object({
  sheet: z.string(),
  /** Sheet row number (1-based). */
  row: z.number().int().positive(),
  /** The `Mã` cell as written; '' when empty or when the sheet has no id column. */
  rowId: z.string(),
  /** Every cell of the row as `header: text`, so that a quarantined row loses nothing. */
  values: z.string(),
  /** The errors that keep this row out of the report tables (empty: the row can be accepted). */
  errors: z.array(Finding),
  /** The answers, when every cell could be read. */
  answer: Answer.nullable(),
});
export type ReturnedRow = z.infer<typeof ReturnedRow>;

export const ValidatedReturn = z.object({
  fileName: z.string(),
  /** From `_meta`, when it could be read. */
  agencyId: z.string().nullable(),
  period: PeriodId.nullable(),
  findings: z.array(Finding),
  /** A file-level error: the file is sent back whole and all its rows are quarantined. */
  rejected: z.boolean(),
  rows: z.array(ReturnedRow),
});
export type ValidatedReturn = z.infer<typeof ValidatedReturn>;
