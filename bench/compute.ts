/**
 * Tính toán báo cáo — compliance, investment and target progress for the national plan with four
 * years of reports, as `plan-tracker report` computes them for the latest year (the funding table
 * depends on the plan alone and is left out). Each run times the three computations; the median of
 * the runs is reported, so that one pause of the garbage collector does not decide the figure.
 */
import { parsePeriod } from '../src/domain/period';
import type { Plan } from '../src/domain/plan';
import { computeCompliance, computeInvestment, computeTargetProgress } from '../src/rules/compute';
import { median, now } from './measure';
import type { ComputeResult } from './results';
import { syntheticReports } from './syntheticReports';
import { REPORT_YEARS } from './syntheticPlan';

export function measureCompute(plan: Plan, runs: number): ComputeResult {
  const reports = syntheticReports(plan);
  const latest = parsePeriod(String(REPORT_YEARS[REPORT_YEARS.length - 1]));
  if (!latest.ok) throw new Error(latest.reason_en);
  const period = latest.value;
  const asOf = period.cutOffTo;
  const totals: number[] = [];
  const parts = { compliance: [] as number[], investment: [] as number[], targets: [] as number[] };
  for (let run = 0; run < runs; run++) {
    const start = now();
    computeCompliance(plan, reports, { period, asOf });
    const afterCompliance = now();
    computeInvestment(plan, reports, { period, asOf });
    const afterInvestment = now();
    computeTargetProgress(plan, reports, { asOf });
    const end = now();
    totals.push(end - start);
    parts.compliance.push(afterCompliance - start);
    parts.investment.push(afterInvestment - afterCompliance);
    parts.targets.push(end - afterInvestment);
  }
  return {
    tasks: plan.tasks.length,
    projects: plan.projects.length,
    targets: plan.targets.length,
    periods: REPORT_YEARS.map(String),
    taskReports: reports.tasks.length,
    projectReports: reports.projects.length,
    targetReports: reports.targets.length,
    runs,
    medianMs: median(totals),
    firstMs: totals[0] ?? Number.NaN,
    minMs: Math.min(...totals),
    maxMs: Math.max(...totals),
    complianceMs: median(parts.compliance),
    investmentMs: median(parts.investment),
    targetsMs: median(parts.targets),
  };
}
