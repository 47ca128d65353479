/**
 * Tình hình thực hiện nhiệm vụ — task compliance as of a date (DESIGN §5): one row per task and
 * responsible agency, one per task, and the tallies per agency (under its current successor, with
 * the plan's name kept), per group of tasks and overall; plus the agencies that reported late or
 * not at all. Rates are fractions 0–1, null when there is nothing to divide by.
 */
import { z } from 'zod';
import { IsoDate, type AgencyRef, type Plan, type Task } from '../../domain/plan';
import type { Period } from '../../domain/period';
import { PeriodId, TaskStatus, type Reports, type TaskReport } from '../../domain/report';
import { parseYearlyDay, type YearlyDay } from '../../domain/vn/date';
import { currentAgencies, displayName, type CurrentAgencies } from './currentAgency';
import { latestRow, submissionRank } from './latest';
import { ComplianceStatus, judgePair, judgeTask, taskSchedule, type PairJudgment, type TaskSchedule } from './taskStatus';

export const Role = z.enum(['lead', 'cooperating']);
export type Role = z.infer<typeof Role>;

const Count = z.number().int().nonnegative();
const Rate = z.number().min(0).max(1).nullable();

export const StatusCounts = z.object({
  'done-on-time': Count,
  'done-late': Count,
  'in-progress-on-schedule': Count,
  'in-progress-behind': Count,
  overdue: Count,
  'not-yet-due': Count,
  'not-reported': Count,
});
export type StatusCounts = z.infer<typeof StatusCounts>;

/** Counts per status, total, rate done (done / total) and on-time rate (done on time / total). */
export const Tally = z.object({
  counts: StatusCounts,
  total: Count,
  doneRate: Rate,
  onTimeRate: Rate,
});
export type Tally = z.infer<typeof Tally>;

const TaskColumns = {
  taskId: z.string(),
  sectionId: z.string().nullable(),
  /** STT as written. */
  taskNumber: z.string(),
  content: z.string(),
  timeFrame: z.string(),
  frameStart: IsoDate.nullable(),
  dueDate: IsoDate.nullable(),
};

/** Một dòng nhiệm vụ – cơ quan. */
export const CompliancePairRow = z.object({
  ...TaskColumns,
  role: Role,
  /** The agency holding the duties as of the computation date. */
  agencyId: z.string(),
  agencyName: z.string(),
  /** The names the plan wrote for it, when the plan named a predecessor. */
  planNames: z.array(z.string()),
  displayName: z.string(),
  reportedStatus: TaskStatus.nullable(),
  percent: z.number().nullable(),
  completedOn: IsoDate.nullable(),
  completionPresumed: z.boolean(),
  submissionId: z.string().nullable(),
  status: ComplianceStatus,
});
export type CompliancePairRow = z.infer<typeof CompliancePairRow>;

/** Một dòng nhiệm vụ — judged from its lead agencies. */
export const TaskComplianceRow = z.object({
  ...TaskColumns,
  leads: z.array(z.string()),
  completedOn: IsoDate.nullable(),
  completionPresumed: z.boolean(),
  status: ComplianceStatus,
});
export type TaskComplianceRow = z.infer<typeof TaskComplianceRow>;

export const AgencyComplianceRow = Tally.extend({
  agencyId: z.string(),
  agencyName: z.string(),
  planNames: z.array(z.string()),
  displayName: z.string(),
  role: Role,
});
export type AgencyComplianceRow = z.infer<typeof AgencyComplianceRow>;

/** Per group of tasks (Roman-numbered section); tasks outside every section have sectionId null. */
export const SectionComplianceRow = Tally.extend({
  sectionId: z.string().nullable(),
  number: z.string().nullable(),
  title: z.string().nullable(),
});
export type SectionComplianceRow = z.infer<typeof SectionComplianceRow>;

/** Cơ quan báo cáo trễ hạn hoặc chưa báo cáo trong kỳ. */
export const ReportingGapRow = z.object({
  agencyId: z.string(),
  agencyName: z.string(),
  planNames: z.array(z.string()),
  displayName: z.string(),
  status: z.enum(['late', 'not-reported']),
  /** Files consolidated for the period (accepted, or later replaced by a resubmission). */
  submissions: Count,
  /** Files rejected for the period: the agency sent something, but nothing could be consolidated. */
  rejectedSubmissions: Count,
  lastReceivedAt: z.string().nullable(),
});
export type ReportingGapRow = z.infer<typeof ReportingGapRow>;

export const Compliance = z.object({
  period: PeriodId,
  asOf: IsoDate,
  pairs: z.array(CompliancePairRow),
  tasks: z.array(TaskComplianceRow),
  agencies: z.array(AgencyComplianceRow),
  sections: z.array(SectionComplianceRow),
  overall: Tally,
  reportingGaps: z.array(ReportingGapRow),
});
export type Compliance = z.infer<typeof Compliance>;

export interface ComplianceOptions {
  readonly period: Period;
  /** The date the judgment is made on (YYYY-MM-DD). */
  readonly asOf: string;
}

const YEAR_END: YearlyDay = { day: 31, month: 12 };

/**
 * Hạn báo cáo hàng năm — the earliest readable day among the plan's reporting duties (the agencies'
 * own deadline comes before the focal point's consolidated one); 31/12 when none is readable.
 */
export function yearlyReportingDay(plan: Plan): YearlyDay {
  const days = plan.document.reporting
    .flatMap((duty) => (duty.due === null ? [] : [parseYearlyDay(duty.due)]))
    .flatMap((result) => (result.ok ? [result.value] : []));
  return days.reduce<YearlyDay | null>(
    (earliest, day) =>
      earliest === null || day.month < earliest.month || (day.month === earliest.month && day.day < earliest.day) ? day : earliest,
    null,
  ) ?? YEAR_END;
}

export function tally(statuses: readonly ComplianceStatus[]): Tally {
  const counts: StatusCounts = Object.fromEntries(ComplianceStatus.options.map((status) => [status, 0])) as StatusCounts;
  for (const status of statuses) counts[status] += 1;
  const total = statuses.length;
  const done = counts['done-on-time'] + counts['done-late'];
  return {
    counts,
    total,
    doneRate: total === 0 ? null : done / total,
    onTimeRate: total === 0 ? null : counts['done-on-time'] / total,
  };
}

interface Responsible {
  readonly role: Role;
  readonly agencyId: string;
  readonly agencyName: string;
  readonly planNames: string[];
}

/**
 * The agencies a task names in one role, under their current successors, two plan names for one
 * successor merged into one. A group ("các Sở, ngành có liên quan") reports as nobody, so it is left
 * out — unless it is all the task names as lead, so that the task still has someone to be judged by.
 */
function responsible(refs: readonly AgencyRef[], role: Role, agencies: CurrentAgencies): Responsible[] {
  const named = refs.filter((ref) => agencies.kindOf(ref.agencyId) !== 'group');
  const kept = named.length > 0 || role === 'cooperating' ? named : refs;
  const byAgency = new Map<string, Responsible>();
  for (const ref of kept) {
    const current = agencies.of(ref);
    const entry = byAgency.get(current.agencyId) ?? { role, agencyId: current.agencyId, agencyName: current.agencyName, planNames: [] };
    if (current.planName !== null && !entry.planNames.includes(current.planName)) entry.planNames.push(current.planName);
    byAgency.set(current.agencyId, entry);
  }
  return [...byAgency.values()];
}

const taskColumns = (task: Task, schedule: TaskSchedule) => ({
  taskId: task.id,
  sectionId: task.sectionId,
  taskNumber: task.number,
  content: task.content,
  timeFrame: task.timeFrame,
  frameStart: schedule.frameStart,
  dueDate: schedule.dueDate,
});

export function computeCompliance(plan: Plan, reports: Reports, options: ComplianceOptions): Compliance {
  const { period, asOf } = options;
  const agencies = currentAgencies(plan, asOf);
  const rank = submissionRank(reports.submissions);
  const yearlyDue = yearlyReportingDay(plan);
  const periodReports = reports.tasks.filter((report) => report.period === period.id);
  const byTask = new Map<string, TaskReport[]>();
  for (const report of periodReports) byTask.set(report.taskId, [...(byTask.get(report.taskId) ?? []), report]);
  const reportOf = (taskId: string, agencyId: string): TaskReport | undefined =>
    latestRow((byTask.get(taskId) ?? []).filter((report) => agencies.currentId(report.agencyId) === agencyId), rank);

  const pairs: CompliancePairRow[] = [];
  const tasks: TaskComplianceRow[] = [];
  for (const task of plan.tasks) {
    const schedule = taskSchedule(task.timeFrame, period, yearlyDue);
    const leads = responsible(task.leadAgencies, 'lead', agencies);
    const cooperating = responsible(task.cooperatingAgencies, 'cooperating', agencies);
    const leadJudgments: PairJudgment[] = [];
    for (const agency of [...leads, ...cooperating]) {
      const report = reportOf(task.id, agency.agencyId);
      const judgment = judgePair(report, schedule, period, asOf);
      if (agency.role === 'lead') leadJudgments.push(judgment);
      // Object.assign onto the fresh columns, not `{ ...columns, …twelve more }`: V8 builds and reads
      // such spread rows some 30 times slower, which a national plan's 13,000 pairs make visible.
      pairs.push(Object.assign(taskColumns(task, schedule), {
        role: agency.role,
        agencyId: agency.agencyId,
        agencyName: agency.agencyName,
        planNames: agency.planNames,
        displayName: displayName(agency.agencyName, agency.planNames),
        reportedStatus: report?.status ?? null,
        percent: report?.percent ?? null,
        completedOn: judgment.completedOn,
        completionPresumed: judgment.completionPresumed,
        submissionId: report?.submissionId ?? null,
        status: judgment.status,
      }));
    }
    const judgment = judgeTask(leadJudgments, schedule.dueDate);
    tasks.push(
      Object.assign(taskColumns(task, schedule), {
        leads: leads.map((lead) => displayName(lead.agencyName, lead.planNames)),
        completedOn: judgment.completedOn,
        completionPresumed: judgment.completionPresumed,
        status: judgment.status,
      }),
    );
  }

  const reported = new Set(periodReports.map((report) => agencies.currentId(report.agencyId)));
  return {
    period: period.id,
    asOf,
    pairs,
    tasks,
    agencies: agencyRows(pairs),
    sections: sectionRows(plan, tasks),
    overall: tally(tasks.map((task) => task.status)),
    reportingGaps: reportingGaps(expectedReporters(pairs, period, agencies), reports, period, agencies, reported),
  };
}

type Reporter = Pick<AgencyComplianceRow, 'agencyId' | 'agencyName' | 'planNames'>;

/**
 * Who had to report for the period: every agency (not a group) named on a task whose frame had
 * begun by the period's end, or that has no frame.
 */
function expectedReporters(pairs: readonly CompliancePairRow[], period: Period, agencies: CurrentAgencies): Reporter[] {
  const reporters = new Map<string, Reporter>();
  for (const pair of pairs) {
    if ((pair.frameStart !== null && pair.frameStart > period.end) || agencies.kindOf(pair.agencyId) === 'group') continue;
    const reporter = reporters.get(pair.agencyId) ?? { agencyId: pair.agencyId, agencyName: pair.agencyName, planNames: [] };
    reporters.set(pair.agencyId, { ...reporter, planNames: [...new Set([...reporter.planNames, ...pair.planNames])] });
  }
  return [...reporters.values()];
}

/** One row per current agency and role, leads first, in the order the plan first names them. */
function agencyRows(pairs: readonly CompliancePairRow[]): AgencyComplianceRow[] {
  const groups = new Map<string, CompliancePairRow[]>();
  const ordered = [...pairs.filter((pair) => pair.role === 'lead'), ...pairs.filter((pair) => pair.role === 'cooperating')];
  for (const pair of ordered) {
    const key = `${pair.role}\u0000${pair.agencyId}`;
    groups.set(key, [...(groups.get(key) ?? []), pair]);
  }
  return [...groups.values()].map((group) => {
    const [first] = group as [CompliancePairRow, ...CompliancePairRow[]];
    const planNames = [...new Set(group.flatMap((pair) => pair.planNames))];
    return {
      agencyId: first.agencyId,
      agencyName: first.agencyName,
      planNames,
      displayName: displayName(first.agencyName, planNames),
      role: first.role,
      ...tally(group.map((pair) => pair.status)),
    };
  });
}

/** In the plan's section order; tasks without a section (or with an unknown one) last. */
function sectionRows(plan: Plan, tasks: readonly TaskComplianceRow[]): SectionComplianceRow[] {
  const known = new Set(plan.sections.map((section) => section.id));
  const rows: SectionComplianceRow[] = plan.sections
    .map((section) => ({ section, statuses: tasks.filter((task) => task.sectionId === section.id).map((task) => task.status) }))
    .filter(({ statuses }) => statuses.length > 0)
    .map(({ section, statuses }) => ({ sectionId: section.id, number: section.number, title: section.title, ...tally(statuses) }));
  const unsectioned = tasks.filter((task) => task.sectionId === null || !known.has(task.sectionId));
  if (unsectioned.length > 0) rows.push({ sectionId: null, number: null, title: null, ...tally(unsectioned.map((task) => task.status)) });
  return rows;
}

/**
 * Late: every file consolidated for the period came after the deadline (a later correction of an
 * on-time report is not lateness). Not reported: no file consolidated and no report row. Rows in
 * the reports without a logged file count as reported, on time unknown.
 */
function reportingGaps(
  expected: readonly Reporter[],
  reports: Reports,
  period: Period,
  agencies: CurrentAgencies,
  withRows: ReadonlySet<string>,
): ReportingGapRow[] {
  const periodFiles = reports.submissions.flatMap((submission) =>
    submission.period === period.id && submission.agencyId !== null
      ? [{ ...submission, currentId: agencies.currentId(submission.agencyId) }]
      : [],
  );
  const gaps: ReportingGapRow[] = [];
  for (const agency of expected) {
    const files = periodFiles.filter((file) => file.currentId === agency.agencyId);
    const consolidated = files.filter((file) => file.outcome === 'accepted' || file.outcome === 'replaced');
    const late = consolidated.length > 0 && consolidated.some((file) => file.onTime === false) && !consolidated.some((file) => file.onTime === true);
    const missing = consolidated.length === 0 && !withRows.has(agency.agencyId);
    if (!late && !missing) continue;
    gaps.push({
      ...agency,
      displayName: displayName(agency.agencyName, agency.planNames),
      status: late ? 'late' : 'not-reported',
      submissions: consolidated.length,
      rejectedSubmissions: files.filter((file) => file.outcome === 'rejected').length,
      lastReceivedAt: files.map((file) => file.receivedAt).reduce<string | null>((a, b) => (a === null || b > a ? b : a), null),
    });
  }
  return gaps;
}
