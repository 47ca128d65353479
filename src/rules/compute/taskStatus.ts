/**
 * Tình hình thực hiện một nhiệm vụ — the judgment of one task–agency pair from its report, and of a
 * task from its lead agencies' pairs, as of a date (DESIGN §5). The tabulation lives in
 * `compliance.ts`; this file holds only the rules.
 */
import { z } from 'zod';
import type { Period } from '../../domain/period';
import type { TaskReport } from '../../domain/report';
import type { YearlyDay } from '../../domain/vn/date';
import { dueDates, parseTimeFrame } from '../../domain/vn/timeFrame';

export const ComplianceStatus = z.enum([
  'done-on-time',
  'done-late',
  'in-progress-on-schedule',
  'in-progress-behind',
  'overdue',
  'not-yet-due',
  'not-reported',
]);
export type ComplianceStatus = z.infer<typeof ComplianceStatus>;

export const COMPLIANCE_STATUS_LABELS: Readonly<Record<ComplianceStatus, { readonly vi: string; readonly en: string }>> = {
  'done-on-time': { vi: 'Hoàn thành đúng hạn', en: 'Done on time' },
  'done-late': { vi: 'Hoàn thành trễ hạn', en: 'Done late' },
  'in-progress-on-schedule': { vi: 'Đang thực hiện, đúng tiến độ', en: 'In progress, on schedule' },
  'in-progress-behind': { vi: 'Đang thực hiện, chậm tiến độ', en: 'In progress, behind schedule' },
  overdue: { vi: 'Quá hạn', en: 'Overdue' },
  'not-yet-due': { vi: 'Chưa đến hạn', en: 'Not yet due' },
  'not-reported': { vi: 'Chưa báo cáo', en: 'Not reported' },
};

export const isDone = (status: ComplianceStatus): boolean => status === 'done-on-time' || status === 'done-late';

/**
 * Khung thời gian của nhiệm vụ trong kỳ: from 1 January of its first year to its due date. A
 * recurring task (`Hàng năm`) is judged per year: its frame is the period's year, due on the
 * plan's yearly reporting day. A task without a time frame — or with one that cannot be read, which
 * the plan check reports — has neither, and is never overdue.
 */
export interface TaskSchedule {
  readonly frameStart: string | null;
  readonly dueDate: string | null;
}

export function taskSchedule(timeFrame: string, period: Period, yearlyDue: YearlyDay): TaskSchedule {
  const frame = parseTimeFrame(timeFrame);
  if (!frame.ok) return { frameStart: null, dueDate: null };
  const context = { fromYear: period.year, toYear: period.year, yearlyDue };
  const dueDate = dueDates(frame.value, context).at(-1) ?? null;
  switch (frame.value.kind) {
    case 'year':
      return { frameStart: `${frame.value.year}-01-01`, dueDate };
    case 'span':
      return { frameStart: `${frame.value.from}-01-01`, dueDate };
    case 'recurring':
      return { frameStart: `${period.year}-01-01`, dueDate };
    case 'none':
      return { frameStart: null, dueDate: null };
  }
}

const DAY_MS = 86_400_000;
const dayNumber = (iso: string): number => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / DAY_MS;

/** Phần thời gian đã trôi qua: (asOf − frame start) / (due − frame start), within 0–1. */
export function elapsedShare(schedule: TaskSchedule, asOf: string): number | null {
  if (schedule.frameStart === null || schedule.dueDate === null) return null;
  const length = dayNumber(schedule.dueDate) - dayNumber(schedule.frameStart);
  if (length <= 0) return asOf >= schedule.dueDate ? 1 : 0;
  return Math.min(1, Math.max(0, (dayNumber(asOf) - dayNumber(schedule.frameStart)) / length));
}

export interface PairJudgment {
  readonly status: ComplianceStatus;
  /** For a done pair: the reported completion date, or the presumed one (see `completionPresumed`). */
  readonly completedOn: string | null;
  /** Done without a completion date: presumed done on the last day of the period (or asOf if earlier). */
  readonly completionPresumed: boolean;
}

/**
 * One agency's report on one task. Without a report the pair is `not-reported`, unless the task's
 * frame starts after the period (nobody had to report on it yet: `not-yet-due`). A report without a
 * status reads as done when it gives a completion date, else as in progress; a missing % counts as 0.
 */
export function judgePair(
  report: TaskReport | undefined,
  schedule: TaskSchedule,
  period: Period,
  asOf: string,
): PairJudgment {
  const pending = (status: ComplianceStatus): PairJudgment => ({ status, completedOn: null, completionPresumed: false });
  if (report === undefined) {
    const notStartedYet = schedule.frameStart !== null && schedule.frameStart > period.end;
    return pending(notStartedYet ? 'not-yet-due' : 'not-reported');
  }
  const { dueDate } = schedule;
  const pastDue = dueDate !== null && asOf > dueDate;
  const status = report.status ?? (report.completedOn !== null ? 'done' : 'in-progress');
  if (status === 'done') {
    const completedOn = report.completedOn ?? (period.end < asOf ? period.end : asOf);
    const onTime = dueDate === null || completedOn <= dueDate;
    return { status: onTime ? 'done-on-time' : 'done-late', completedOn, completionPresumed: report.completedOn === null };
  }
  if (status === 'not-done') return pending(pastDue ? 'overdue' : 'in-progress-behind');
  if (pastDue) return pending('overdue');
  const quiet: ComplianceStatus = status === 'in-progress' ? 'in-progress-on-schedule' : 'not-yet-due';
  const share = elapsedShare(schedule, asOf);
  if (share === null) return pending(quiet);
  return pending((report.percent ?? 0) / 100 < share ? 'in-progress-behind' : quiet);
}

/** Worst first: a task not done takes the status of its least advanced lead. */
const SEVERITY: readonly ComplianceStatus[] = [
  'overdue',
  'in-progress-behind',
  'not-reported',
  'in-progress-on-schedule',
  'not-yet-due',
];

/**
 * A task is done only when every lead agency has reported it done; it is then done on the last
 * lead's completion date. Otherwise it takes the most severe status among the leads not done.
 */
export function judgeTask(leads: readonly PairJudgment[], dueDate: string | null): PairJudgment {
  const pending = leads.filter((lead) => !isDone(lead.status));
  if (pending.length === 0 && leads.length > 0) {
    const completedOn = leads.map((lead) => lead.completedOn ?? '').reduce((a, b) => (a > b ? a : b));
    const onTime = dueDate === null || completedOn <= dueDate;
    return {
      status: onTime ? 'done-on-time' : 'done-late',
      completedOn,
      completionPresumed: leads.some((lead) => lead.completionPresumed),
    };
  }
  const status = SEVERITY.find((candidate) => pending.some((lead) => lead.status === candidate)) ?? 'not-reported';
  return { status, completedOn: null, completionPresumed: false };
}
