/**
 * Báo cáo — the computed tables of a period as sheets: `Tuân thủ`, `Đầu tư`, `Tiến độ chỉ tiêu`,
 * `Kinh phí`, then the three appendices in the official form. Pure: data in, `SheetSpec`s out.
 */
import type { Period } from '../../domain/period';
import type { Plan } from '../../domain/plan';
import type { Reports } from '../../domain/report';
import type { Compliance, FundingSummary, Investment, TargetProgress } from '../../rules/compute';
import type { SheetSpec } from '../../workbook/port';
import type { AppendixOptions } from './appendix';
import { projectAppendix } from './appendixProjects';
import { targetAppendix } from './appendixTargets';
import { taskAppendix } from './appendixTasks';
import { complianceSheet } from './compliance';
import { fundingSheet } from './funding';
import { investmentSheet } from './investment';
import type { ReportLayouts } from './schema';
import { targetsSheet } from './targets';

export type { AppendixOptions } from './appendix';
export { bundledReportLayouts } from './bundled';
export { parseReportLayouts, type RawReportLayouts } from './load';
export type { ReportLayouts } from './schema';

/** Everything the sheets show: the plan, its reports, and what was computed from them. */
export interface ReportTables {
  readonly period: Period;
  /** The date the judgments are made on (YYYY-MM-DD). */
  readonly asOf: string;
  readonly compliance: Compliance;
  readonly investment: Investment;
  readonly targets: TargetProgress;
  readonly funding: FundingSummary | null;
}

export function periodReportSheets(
  plan: Plan,
  reports: Reports,
  tables: ReportTables,
  layouts: ReportLayouts,
  options: AppendixOptions = {},
): SheetSpec[] {
  const context = { plan, period: tables.period, asOf: tables.asOf, layout: layouts.report };
  const appendixContext = { ...context, options };
  return [
    complianceSheet(tables.compliance, context),
    investmentSheet(tables.investment, context),
    targetsSheet(tables.targets, context, layouts.targets.comparisons),
    fundingSheet(tables.funding, context),
    taskAppendix({ plan, reports, compliance: tables.compliance }, appendixContext, layouts.tasks),
    projectAppendix({ reports, investment: tables.investment }, appendixContext, layouts.projects),
    targetAppendix({ plan, progress: tables.targets }, appendixContext, layouts.targets),
  ];
}
