/**
 * Tiến độ thực hiện chỉ tiêu (DESIGN §5): per target its baseline, plan, reported actuals by year
 * and % of plan; for average-growth targets the achieved and still-required annual growth and the
 * value the trend reaches in the target year; and a status whose rule travels with the table
 * (`rule_vi`, `rule_en`), so that the sheet's notes say how it was judged.
 */
import { z } from 'zod';
import { Comparison, IsoDate, TargetKind, type Plan, type Target } from '../../domain/plan';
import { parsePeriod } from '../../domain/period';
import { PeriodId, type Reports, type TargetReport } from '../../domain/report';
import { currentAgencies, type CurrentAgencies } from './currentAgency';
import { compound, rri } from './growth';
import { latestRow, submissionRank, type SubmissionRank } from './latest';

export const TargetStatus = z.enum(['on-track', 'at-risk', 'off-track', 'no-data']);
export type TargetStatus = z.infer<typeof TargetStatus>;

export const TARGET_STATUS_LABELS: Readonly<Record<TargetStatus, { readonly vi: string; readonly en: string }>> = {
  'on-track': { vi: 'Đạt tiến độ', en: 'On track' },
  'at-risk': { vi: 'Có nguy cơ không đạt', en: 'At risk' },
  'off-track': { vi: 'Không đạt tiến độ', en: 'Off track' },
  'no-data': { vi: 'Chưa có số liệu', en: 'No data' },
};

/** A shortfall up to this share of the required value is "at risk" rather than "off track". */
export const AT_RISK_BAND = 0.1;
/** `~` (khoảng — about) is met within this share of the value. */
export const APPROXIMATE_BAND = 0.05;

export const TARGET_RULE_VI =
  'Chỉ tiêu tăng trưởng bình quân: tốc độ đã đạt = (số liệu mới nhất / số liệu gốc)^(1/số năm) − 1 (như hàm RRI của Excel; ' +
  'không có số liệu gốc thì tính từ năm có số liệu đầu tiên); giá trị dự kiến năm mục tiêu = số liệu mới nhất × (1 + tốc độ đã đạt)^(số năm còn lại), ' +
  'so với giá trị yêu cầu = số liệu gốc × (1 + tốc độ kế hoạch)^(số năm của giai đoạn). ' +
  'Chỉ tiêu khác: số liệu mới nhất so với lộ trình tuyến tính từ số liệu gốc đến giá trị kế hoạch ở năm mục tiêu; không có số liệu gốc thì so với giá trị kế hoạch. ' +
  `Đạt tiến độ: đạt hoặc vượt mức yêu cầu (chỉ tiêu "<", "≤": không vượt; "khoảng": thiếu không quá ${APPROXIMATE_BAND * 100}%; khoảng giá trị: xét cận dưới). ` +
  `Có nguy cơ không đạt: thiếu không quá ${AT_RISK_BAND * 100}% so với mức yêu cầu. Không đạt tiến độ: thiếu hơn ${AT_RISK_BAND * 100}%. ` +
  'Chưa có số liệu: chưa có số liệu thực hiện, hoặc chưa đủ hai mốc để tính tốc độ tăng trưởng.';

export const TARGET_RULE_EN =
  'Average-growth targets: achieved rate = (latest actual / base value)^(1/years) − 1 (as Excel RRI; without a baseline, from the first reported year); ' +
  'value projected for the target year = latest actual × (1 + achieved rate)^(years left), ' +
  'against the required value = base value × (1 + planned rate)^(years of the period). ' +
  'Other targets: the latest actual against the straight line from the baseline to the planned value in the target year; without a baseline, against the planned value. ' +
  `On track: meets or exceeds what is required ("<", "≤": does not exceed it; "about": short by at most ${APPROXIMATE_BAND * 100}%; a range: its lower bound). ` +
  `At risk: short by at most ${AT_RISK_BAND * 100}% of what is required. Off track: short by more. ` +
  'No data: no actual reported yet, or not two points to compute a growth rate from.';

export const TargetActual = z.object({
  year: z.number().int(),
  /** The period whose figure stands for the year: the full year when reported, else the latest part. */
  period: PeriodId,
  value: z.number(),
  agencyId: z.string(),
  submissionId: z.string(),
});
export type TargetActual = z.infer<typeof TargetActual>;

/** Rates are fractions (0.08 is 8 %/năm); null where the arithmetic has no answer. */
export const GrowthProgress = z.object({
  baseYear: z.number().int(),
  baseValue: z.number(),
  baseFrom: z.enum(['baseline', 'first-actual']),
  planGrowth: z.number(),
  /** Upper bound of a range (`8,0-8,5%/năm`). */
  planGrowthMax: z.number().nullable(),
  achievedGrowth: z.number().nullable(),
  /** Needed each remaining year to reach `targetValue`; null when no year remains. */
  requiredGrowth: z.number().nullable(),
  /** The value the planned growth implies in the target year. */
  targetValue: z.number().nullable(),
  /** The value the achieved trend reaches in the target year. */
  projectedValue: z.number().nullable(),
});
export type GrowthProgress = z.infer<typeof GrowthProgress>;

export const TargetProgressRow = z.object({
  targetId: z.string(),
  indicator: z.string(),
  kind: TargetKind,
  comparison: Comparison,
  unit: z.string(),
  value: z.number(),
  valueMax: z.number().nullable(),
  baselineValue: z.number().nullable(),
  baselineYear: z.number().int().nullable(),
  targetYear: z.number().int(),
  actuals: z.array(TargetActual),
  /** The latest actual up to the target year; `actuals` holds every year up to asOf's. */
  latestYear: z.number().int().nullable(),
  latestValue: z.number().nullable(),
  /** Latest actual / planned value; for growth targets achieved / planned rate. */
  percentOfPlan: z.number().nullable(),
  /** What the status compares with: the trajectory value in the latest year, or for growth targets the required target-year value. */
  reference: z.number().nullable(),
  /** The measured value (latest actual, or projected value for growth targets) / reference. */
  percentOfReference: z.number().nullable(),
  growth: GrowthProgress.nullable(),
  status: TargetStatus,
});
export type TargetProgressRow = z.infer<typeof TargetProgressRow>;

export const TargetProgress = z.object({
  asOf: IsoDate,
  rule_vi: z.string(),
  rule_en: z.string(),
  rows: z.array(TargetProgressRow),
});
export type TargetProgress = z.infer<typeof TargetProgress>;

export interface TargetProgressOptions {
  readonly asOf: string;
  /** Đầu mối — whose figure wins when several agencies report one target; default: see `focalAgency`. */
  readonly focalAgencyId?: string;
}

/** The agency the plan's reporting duties report to, other than the province itself (UBND tỉnh). */
export function focalAgency(plan: Plan, agencies: CurrentAgencies): string | null {
  const duty = plan.document.reporting.find((d) => d.to !== null && agencies.kindOf(d.to.agencyId) !== 'province');
  return duty?.to?.agencyId ?? null;
}

/**
 * One figure per year, up to `lastYear`: the full year's when reported, else the latest part's
 * (H1, Q3 …); among agencies the focal point's, else the later submission's.
 */
function actualsOf(
  rows: readonly TargetReport[],
  isFocal: (agencyId: string) => boolean,
  rank: SubmissionRank,
  lastYear: number,
): TargetActual[] {
  const byYear = new Map<number, { row: TargetReport; order: string }[]>();
  for (const row of rows) {
    const period = parsePeriod(row.period);
    if (row.actual === null || !period.ok || period.value.year > lastYear) continue;
    // A full year sorts after every part of it, the parts by their last day.
    const order = period.value.kind === 'year' ? '9999' : period.value.end;
    byYear.set(period.value.year, [...(byYear.get(period.value.year) ?? []), { row, order }]);
  }
  const actuals: TargetActual[] = [];
  for (const [year, candidates] of byYear) {
    const bestOrder = candidates.map((c) => c.order).reduce((a, b) => (b > a ? b : a));
    const best = candidates.filter((c) => c.order === bestOrder).map((c) => c.row);
    const focal = best.filter((row) => isFocal(row.agencyId));
    const winner = latestRow(focal.length > 0 ? focal : best, rank);
    if (winner === undefined || winner.actual === null) continue;
    actuals.push({ year, period: winner.period, value: winner.actual, agencyId: winner.agencyId, submissionId: winner.submissionId });
  }
  return actuals.sort((a, b) => a.year - b.year);
}

type Judged = Exclude<TargetStatus, 'no-data'>;

/** Measured against required, by the comparison the plan sets; see TARGET_RULE_*. */
export function judge(measured: number, required: number, comparison: Comparison): Judged {
  const lowerIsBetter = comparison === '<' || comparison === '<=';
  const shortfall = lowerIsBetter ? measured - required : required - measured;
  const scale = Math.abs(required);
  const slack = 1e-9 * Math.max(1, scale);
  const allowed = comparison === '~' ? APPROXIMATE_BAND * scale : 0;
  if (shortfall <= allowed + slack) return 'on-track';
  return shortfall <= AT_RISK_BAND * scale + slack ? 'at-risk' : 'off-track';
}

const ratio = (numerator: number | null, denominator: number | null): number | null =>
  numerator === null || denominator === null || denominator === 0 ? null : numerator / denominator;

/** Năm gốc: as stated, else the year before the period the target covers. */
const baseYearOf = (target: Target): number | null =>
  target.baselineYear ?? (target.startYear === null ? null : target.startYear - 1);

function growthProgress(target: Target, actuals: readonly TargetActual[], latest: TargetActual | undefined): GrowthProgress | null {
  const baseYear = baseYearOf(target);
  const first = actuals[0];
  const base =
    target.baselineValue !== null && baseYear !== null
      ? { year: baseYear, value: target.baselineValue, from: 'baseline' as const }
      : first === undefined
        ? null
        : { year: first.year, value: first.value, from: 'first-actual' as const };
  if (base === null) return null;
  const planGrowth = target.value / 100;
  const targetValue = compound(base.value, planGrowth, target.targetYear - base.year);
  const achievedGrowth = latest === undefined ? null : rri(latest.year - base.year, base.value, latest.value);
  return {
    baseYear: base.year,
    baseValue: base.value,
    baseFrom: base.from,
    planGrowth,
    planGrowthMax: target.comparison === 'range' && target.valueMax !== null ? target.valueMax / 100 : null,
    achievedGrowth,
    requiredGrowth:
      latest === undefined || targetValue === null ? null : rri(target.targetYear - latest.year, latest.value, targetValue),
    targetValue,
    projectedValue:
      latest === undefined || achievedGrowth === null ? null : compound(latest.value, achievedGrowth, target.targetYear - latest.year),
  };
}

/** Lộ trình tuyến tính — from the baseline to the planned value; the planned value itself without a baseline. */
function trajectory(target: Target, year: number): number {
  const baseYear = baseYearOf(target);
  if (target.baselineValue === null || baseYear === null || baseYear >= target.targetYear) return target.value;
  const share = Math.min(1, Math.max(0, (year - baseYear) / (target.targetYear - baseYear)));
  return target.baselineValue + (target.value - target.baselineValue) * share;
}

function progressRow(target: Target, actuals: TargetActual[]): TargetProgressRow {
  const latest = actuals.filter((actual) => actual.year <= target.targetYear).at(-1);
  const common = {
    targetId: target.id,
    indicator: target.indicator,
    kind: target.kind,
    comparison: target.comparison,
    unit: target.unit,
    value: target.value,
    valueMax: target.valueMax,
    baselineValue: target.baselineValue,
    baselineYear: target.baselineYear,
    targetYear: target.targetYear,
    actuals,
    latestYear: latest?.year ?? null,
    latestValue: latest?.value ?? null,
  };
  if (target.kind === 'average-growth') {
    const growth = growthProgress(target, actuals, latest);
    const measured = growth?.projectedValue ?? null;
    const required = growth?.targetValue ?? null;
    return {
      ...common,
      percentOfPlan: growth !== null && growth.planGrowth > 0 ? ratio(growth.achievedGrowth, growth.planGrowth) : null,
      reference: required,
      percentOfReference: ratio(measured, required),
      growth,
      status: measured === null || required === null ? 'no-data' : judge(measured, required, target.comparison),
    };
  }
  if (latest === undefined) {
    return { ...common, percentOfPlan: null, reference: null, percentOfReference: null, growth: null, status: 'no-data' };
  }
  const reference = trajectory(target, latest.year);
  return {
    ...common,
    percentOfPlan: ratio(latest.value, target.value),
    reference,
    percentOfReference: ratio(latest.value, reference),
    growth: null,
    status: judge(latest.value, reference, target.comparison),
  };
}

export function computeTargetProgress(plan: Plan, reports: Reports, options: TargetProgressOptions): TargetProgress {
  const agencies = currentAgencies(plan, options.asOf);
  const rank = submissionRank(reports.submissions);
  const focalId = options.focalAgencyId ?? focalAgency(plan, agencies);
  const focalCurrent = focalId === null ? null : agencies.currentId(focalId);
  const isFocal = (agencyId: string): boolean => focalCurrent !== null && agencies.currentId(agencyId) === focalCurrent;
  const asOfYear = Number(options.asOf.slice(0, 4));
  return {
    asOf: options.asOf,
    rule_vi: TARGET_RULE_VI,
    rule_en: TARGET_RULE_EN,
    rows: plan.targets.map((target) =>
      progressRow(target, actualsOf(reports.targets.filter((report) => report.targetId === target.id), isFocal, rank, asOfYear)),
    ),
  };
}
