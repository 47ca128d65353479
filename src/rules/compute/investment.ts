/**
 * Tình hình đầu tư các dự án trọng điểm (DESIGN §5): counts and totals (tỷ đồng) by progress,
 * location, park or cluster, completion year and sector; disbursement; projects past their
 * completion year and not in operation; and the plan's stated figures against its own table.
 */
import { z } from 'zod';
import { IsoDate, type Plan, type Project, type StatedFigure } from '../../domain/plan';
import { parsePeriod, type Period } from '../../domain/period';
import { PeriodId, ProjectProgress, type ProjectReport, type Reports } from '../../domain/report';
import { nameKey } from '../../domain/vn/nameKey';
import { roundingTolerance, withinRounding } from '../check/rounding';
import { latestRow, submissionRank } from './latest';
import { roundAmount, sumAmounts } from './sum';

/** Tiến độ as reported, or `not-reported` when the project has no report (or one without progress). */
export const ProgressKey = z.union([ProjectProgress, z.literal('not-reported')]);
export type ProgressKey = z.infer<typeof ProgressKey>;
const PROGRESS_ORDER: readonly ProgressKey[] = [...ProjectProgress.options, 'not-reported'];

export const PROGRESS_LABELS: Readonly<Record<ProgressKey, { readonly vi: string; readonly en: string }>> = {
  preparing: { vi: 'Chuẩn bị đầu tư', en: 'Preparing' },
  'under-construction': { vi: 'Đang xây dựng', en: 'Under construction' },
  operating: { vi: 'Hoàn thành, đi vào hoạt động', en: 'Completed, operating' },
  suspended: { vi: 'Tạm dừng', en: 'Suspended' },
  terminated: { vi: 'Chấm dứt, thu hồi', en: 'Terminated, revoked' },
  'not-reported': { vi: 'Chưa báo cáo', en: 'Not reported' },
};

/** Labels of the "none" group of each dimension. */
export const NO_LOCATION = 'Chưa ghi địa điểm';
export const OUTSIDE_ZONES = 'Ngoài khu, cụm công nghiệp';
export const NO_YEAR = 'Chưa xác định';
export const UNCLASSIFIED = 'Chưa phân loại';

const Count = z.number().int().nonnegative();

const groupRow = <K extends z.ZodTypeAny>(key: K) =>
  z.object({
    /** null: the dimension's "none" group (no location, outside parks, no year, unclassified). */
    key,
    label: z.string(),
    count: Count,
    /** Tổng vốn đầu tư (tỷ đồng) of the projects that state one. */
    totalInvestment: z.number(),
    /** Projects in the group whose total investment the plan leaves empty. */
    withoutInvestment: Count,
  });

export const ProgressRow = groupRow(ProgressKey);
export type ProgressRow = z.infer<typeof ProgressRow>;
export const TextGroupRow = groupRow(z.string().nullable());
export type TextGroupRow = z.infer<typeof TextGroupRow>;
export const YearGroupRow = groupRow(z.number().int().nullable());
export type YearGroupRow = z.infer<typeof YearGroupRow>;

/** One project with what its latest report says. */
export const InvestmentProjectRow = z.object({
  projectId: z.string(),
  number: z.string(),
  name: z.string(),
  investor: z.string().nullable(),
  location: z.string().nullable(),
  zoneId: z.string().nullable(),
  sector: z.string().nullable(),
  totalInvestment: z.number().nullable(),
  /** Năm hoàn thành theo kế hoạch. */
  plannedCompletionYear: z.number().int().nullable(),
  /** Năm hoàn thành dự kiến: the reported year if any, else the plan's. */
  expectedCompletionYear: z.number().int().nullable(),
  progress: ProgressKey,
  disbursed: z.number().nullable(),
  /** The period and file of the report used; null when none. */
  reportPeriod: PeriodId.nullable(),
  submissionId: z.string().nullable(),
});
export type InvestmentProjectRow = z.infer<typeof InvestmentProjectRow>;

export const Disbursement = z.object({
  /** Vốn đã giải ngân lũy kế, over every project that reported it. */
  disbursedTotal: z.number(),
  projectsReporting: Count,
  /** Of the projects that reported a disbursement and state a total investment: */
  disbursedOfPriced: z.number(),
  investmentOfPriced: z.number(),
  /** disbursedOfPriced / investmentOfPriced, 0–1 or above when over-disbursed; null without a base. */
  rate: z.number().nonnegative().nullable(),
});
export type Disbursement = z.infer<typeof Disbursement>;

/** Số liệu nêu trong văn bản against the plan's own table. */
export const ReconciliationRow = z.object({
  figureId: z.string(),
  label: z.string(),
  unit: z.string(),
  period: z.string(),
  reconcileWith: z.enum(['projects.count', 'projects.totalInvestment']),
  stated: z.number(),
  computed: z.number(),
  /** computed − stated. */
  difference: z.number(),
  /** Half a unit of the stated figure's last decimal. */
  tolerance: z.number(),
  matches: z.boolean(),
});
export type ReconciliationRow = z.infer<typeof ReconciliationRow>;

export const Investment = z.object({
  period: PeriodId,
  asOf: IsoDate,
  count: Count,
  totalInvestment: z.number(),
  projects: z.array(InvestmentProjectRow),
  byProgress: z.array(ProgressRow),
  byLocation: z.array(TextGroupRow),
  byZone: z.array(TextGroupRow),
  byCompletionYear: z.array(YearGroupRow),
  bySector: z.array(TextGroupRow),
  disbursement: Disbursement,
  /** Quá năm hoàn thành mà chưa đi vào hoạt động: the plan's year (else the reported one) before
   * asOf's year, and not operating — a later reported year does not excuse the slip, it is shown. */
  pastCompletion: z.array(InvestmentProjectRow),
  reconciliation: z.array(ReconciliationRow),
});
export type Investment = z.infer<typeof Investment>;

export interface InvestmentOptions {
  /** Reports of this period and earlier count; the latest wins. */
  readonly period: Period;
  readonly asOf: string;
}

/**
 * The project's latest report up to the period: the one of the latest-ending period, then of the
 * later submission. Disbursement is cumulative (lũy kế), so an older report is still the best known.
 */
function latestReports(reports: Reports, period: Period): Map<string, ProjectReport> {
  const rank = submissionRank(reports.submissions);
  const ends = new Map<string, string>();
  const byProject = new Map<string, ProjectReport[]>();
  for (const report of reports.projects) {
    const parsed = parsePeriod(report.period);
    if (!parsed.ok || parsed.value.end > period.end) continue;
    ends.set(report.period, parsed.value.end);
    byProject.set(report.projectId, [...(byProject.get(report.projectId) ?? []), report]);
  }
  const latest = new Map<string, ProjectReport>();
  for (const [projectId, rows] of byProject) {
    const lastEnd = rows.map((row) => ends.get(row.period) ?? '').reduce((a, b) => (a > b ? a : b));
    const winner = latestRow(rows.filter((row) => ends.get(row.period) === lastEnd), rank);
    if (winner !== undefined) latest.set(projectId, winner);
  }
  return latest;
}

function projectRow(project: Project, report: ProjectReport | undefined): InvestmentProjectRow {
  return {
    projectId: project.id,
    number: project.number,
    name: project.name,
    investor: project.investor,
    location: project.location,
    zoneId: project.zoneId,
    sector: project.sector,
    totalInvestment: project.totalInvestment,
    plannedCompletionYear: project.completionYear,
    expectedCompletionYear: report?.expectedCompletionYear ?? project.completionYear,
    progress: report?.progress ?? 'not-reported',
    disbursed: report?.disbursed ?? null,
    reportPeriod: report?.period ?? null,
    submissionId: report?.submissionId ?? null,
  };
}

interface Grouping<K> {
  readonly key: K;
  /** Projects are grouped by this; labels are taken from the first project of a group. */
  readonly groupBy: string;
  readonly label: string;
}

function groupRows<K>(rows: readonly InvestmentProjectRow[], grouping: (row: InvestmentProjectRow) => Grouping<K>) {
  const groups = new Map<string, { key: K; label: string; rows: InvestmentProjectRow[] }>();
  for (const row of rows) {
    const { key, groupBy, label } = grouping(row);
    const group = groups.get(groupBy) ?? { key, label, rows: [] };
    group.rows.push(row);
    groups.set(groupBy, group);
  }
  return [...groups.values()].map(({ key, label, rows: members }) => ({
    key,
    label,
    count: members.length,
    totalInvestment: sumAmounts(members.flatMap((member) => (member.totalInvestment === null ? [] : [member.totalInvestment]))),
    withoutInvestment: members.filter((member) => member.totalInvestment === null).length,
  }));
}

/** Written text grouped by its comparison key (case, accents, spacing), shown as first written. */
const byText = (text: string | null, none: string): Grouping<string | null> => {
  const trimmed = text?.trim() ?? '';
  return trimmed === '' ? { key: null, groupBy: '', label: none } : { key: trimmed, groupBy: nameKey(trimmed), label: trimmed };
};

const noneLast = <T extends { key: unknown }>(rows: T[]): T[] => [
  ...rows.filter((row) => row.key !== null),
  ...rows.filter((row) => row.key === null),
];

export function computeInvestment(plan: Plan, reports: Reports, options: InvestmentOptions): Investment {
  const { period, asOf } = options;
  const latest = latestReports(reports, period);
  const projects = plan.projects.map((project) => projectRow(project, latest.get(project.id)));
  const zoneNames = new Map(plan.zones.map((zone) => [zone.id, zone.name]));
  const asOfYear = Number(asOf.slice(0, 4));

  const byProgress = groupRows(projects, (row) => ({ key: row.progress, groupBy: row.progress, label: PROGRESS_LABELS[row.progress].vi }));
  byProgress.sort((a, b) => PROGRESS_ORDER.indexOf(a.key) - PROGRESS_ORDER.indexOf(b.key));

  const byCompletionYear = groupRows(projects, (row) => ({
    key: row.expectedCompletionYear,
    groupBy: String(row.expectedCompletionYear),
    label: row.expectedCompletionYear === null ? NO_YEAR : String(row.expectedCompletionYear),
  }));
  byCompletionYear.sort((a, b) => (a.key ?? Number.MAX_SAFE_INTEGER) - (b.key ?? Number.MAX_SAFE_INTEGER));

  return {
    period: period.id,
    asOf,
    count: projects.length,
    totalInvestment: sumAmounts(projects.flatMap((row) => (row.totalInvestment === null ? [] : [row.totalInvestment]))),
    projects,
    byProgress,
    byLocation: noneLast(groupRows(projects, (row) => byText(row.location, NO_LOCATION))),
    byZone: noneLast(
      groupRows(projects, (row) =>
        row.zoneId === null
          ? { key: null, groupBy: '', label: OUTSIDE_ZONES }
          : { key: row.zoneId, groupBy: row.zoneId, label: zoneNames.get(row.zoneId) ?? row.zoneId },
      ),
    ),
    byCompletionYear,
    bySector: noneLast(groupRows(projects, (row) => byText(row.sector, UNCLASSIFIED))),
    disbursement: disbursement(projects),
    pastCompletion: projects.filter((row) => {
      const year = row.plannedCompletionYear ?? row.expectedCompletionYear;
      return year !== null && year < asOfYear && row.progress !== 'operating';
    }),
    reconciliation: reconciliation(plan.statedFigures, plan.projects),
  };
}

function disbursement(projects: readonly InvestmentProjectRow[]): Disbursement {
  const reporting = projects.filter((row) => row.disbursed !== null);
  const priced = reporting.filter((row) => row.totalInvestment !== null);
  const disbursedOfPriced = sumAmounts(priced.map((row) => row.disbursed ?? 0));
  const investmentOfPriced = sumAmounts(priced.map((row) => row.totalInvestment ?? 0));
  return {
    disbursedTotal: sumAmounts(reporting.map((row) => row.disbursed ?? 0)),
    projectsReporting: reporting.length,
    disbursedOfPriced,
    investmentOfPriced,
    rate: investmentOfPriced > 0 ? disbursedOfPriced / investmentOfPriced : null,
  };
}

function reconciliation(figures: readonly StatedFigure[], projects: readonly Project[]): ReconciliationRow[] {
  const computed = {
    'projects.count': projects.length,
    'projects.totalInvestment': sumAmounts(projects.flatMap((project) => (project.totalInvestment === null ? [] : [project.totalInvestment]))),
  };
  return figures.flatMap((figure) => {
    const { reconcileWith } = figure;
    if (reconcileWith !== 'projects.count' && reconcileWith !== 'projects.totalInvestment') return [];
    const value = computed[reconcileWith];
    return [
      {
        figureId: figure.id,
        label: figure.label,
        unit: figure.unit,
        period: figure.period,
        reconcileWith,
        stated: figure.value,
        computed: value,
        difference: roundAmount(value - figure.value),
        tolerance: roundingTolerance(figure.value),
        matches: withinRounding(value, figure.value),
      },
    ];
  });
}
