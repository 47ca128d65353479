/**
 * What agencies report back (báo cáo kết quả thực hiện) and what the master keeps of it: one row
 * per plan row, agency and reporting period, plus the submission log. Types inferred from zod.
 */
import { z } from 'zod';
import { Id, IsoDate } from './plan';

/** Kỳ báo cáo: `2022` (year), `2022-H1` (six months), `2022-Q3` (quarter). */
export const PeriodId = z.string().regex(/^\d{4}(-H[12]|-Q[1-4])?$/, 'expected 2022, 2022-H1 or 2022-Q3');
export type PeriodId = z.infer<typeof PeriodId>;

/** Tình trạng nhiệm vụ — the four values of the agency workbook's drop-down. */
export const TaskStatus = z.enum(['not-started', 'in-progress', 'done', 'not-done']);
export type TaskStatus = z.infer<typeof TaskStatus>;

/** Tiến độ dự án. */
export const ProjectProgress = z.enum(['preparing', 'under-construction', 'operating', 'suspended', 'terminated']);
export type ProjectProgress = z.infer<typeof ProjectProgress>;

/** Báo cáo nhiệm vụ — one task, one reporting agency, one period. */
export const TaskReport = z.object({
  taskId: Id,
  agencyId: Id,
  period: PeriodId,
  /** Vai trò: the agency leads (chủ trì) or cooperates (phối hợp). */
  role: z.enum(['lead', 'cooperating']),
  status: TaskStatus.nullable(),
  /** Tỷ lệ hoàn thành, 0–100. */
  percent: z.number().min(0).max(100).nullable(),
  completedOn: IsoDate.nullable(),
  result: z.string().default(''),
  obstacles: z.string().default(''),
  proposals: z.string().default(''),
  /** sha256 of the file the row came from. */
  submissionId: z.string(),
});
export type TaskReport = z.infer<typeof TaskReport>;

/** Báo cáo dự án. */
export const ProjectReport = z.object({
  projectId: Id,
  agencyId: Id,
  period: PeriodId,
  progress: ProjectProgress.nullable(),
  /** Vốn đã giải ngân lũy kế (tỷ đồng). */
  disbursed: z.number().nonnegative().nullable(),
  expectedCompletionYear: z.number().int().nullable(),
  note: z.string().default(''),
  submissionId: z.string(),
});
export type ProjectReport = z.infer<typeof ProjectReport>;

/** Báo cáo chỉ tiêu — an actual value for a target in a year. */
export const TargetReport = z.object({
  targetId: Id,
  agencyId: Id,
  period: PeriodId,
  actual: z.number().nullable(),
  dataSource: z.string().default(''),
  submissionId: z.string(),
});
export type TargetReport = z.infer<typeof TargetReport>;

/** Sổ tiếp nhận — one received file. */
export const Submission = z.object({
  /** sha256 of the file's bytes. */
  id: z.string(),
  fileName: z.string(),
  agencyId: Id.nullable(),
  period: PeriodId.nullable(),
  receivedAt: z.string(),
  onTime: z.boolean().nullable(),
  errors: z.number().int().nonnegative(),
  warnings: z.number().int().nonnegative(),
  /** accepted: rows in the reports; replaced: a newer file from the same agency and period won;
   * rejected: errors, nothing consolidated; duplicate: the same bytes were received before. */
  outcome: z.enum(['accepted', 'replaced', 'rejected', 'duplicate']),
  rowsAccepted: z.number().int().nonnegative(),
  rowsQuarantined: z.number().int().nonnegative(),
});
export type Submission = z.infer<typeof Submission>;

/** Cách ly — a row that was not consolidated, with why. */
export const QuarantinedRow = z.object({
  submissionId: z.string(),
  sheet: z.string(),
  row: z.number().int().positive(),
  rowId: z.string(),
  code: z.string(),
  reason_vi: z.string(),
  reason_en: z.string(),
  /** The row's cells as text, so nothing is lost. */
  values: z.string(),
});
export type QuarantinedRow = z.infer<typeof QuarantinedRow>;

/** Everything consolidated so far: what the master's report tables hold. */
export const Reports = z.object({
  tasks: z.array(TaskReport).default([]),
  projects: z.array(ProjectReport).default([]),
  targets: z.array(TargetReport).default([]),
  submissions: z.array(Submission).default([]),
  quarantine: z.array(QuarantinedRow).default([]),
});
export type Reports = z.infer<typeof Reports>;
