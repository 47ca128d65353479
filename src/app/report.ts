/**
 * Lập báo cáo — reads the plan and the consolidated reports from the master, computes compliance,
 * investment, target progress and funding for a period, and writes the report sheets and the
 * official appendices to a workbook (the master itself, or a new one). Nothing is written when the
 * master's plan cannot be read or an option is wrong: the findings say what to fix.
 */
import { type Finding, hasErrors } from '../domain/finding';
import { parsePeriod, type Period } from '../domain/period';
import { IsoDate, type Plan } from '../domain/plan';
import type { Reports } from '../domain/report';
import { bundledLayouts } from '../layout/bundled';
import { type AppendixOptions, bundledReportLayouts, type ReportLayouts, periodReportSheets, type ReportTables } from '../layout/report';
import type { Layouts } from '../layout/schema';
import { computeCompliance, computeFunding, computeInvestment, computeTargetProgress } from '../rules/compute';
import type { WorkbookPort } from '../workbook/port';
import { readMaster } from './readMaster';

export interface ReportOptions extends AppendixOptions {
  /** The date the judgments are made on (YYYY-MM-DD); default: the period's data cut-off (Nghị định 09/2019). */
  readonly asOf?: string;
  /** `2022`, `2022-H1`, `2022-Q3`; default: the latest period reported, else the plan's current year. */
  readonly period?: string;
  /** Today (YYYY-MM-DD), for the default period when nothing has been reported yet. */
  readonly today?: string;
  readonly layouts?: Layouts;
  readonly reportLayouts?: ReportLayouts;
}

export interface ReportResult {
  /** Null when nothing was computed (the plan cannot be read, or an option is wrong). */
  readonly tables: ReportTables | null;
  readonly findings: Finding[];
}

const isRealDate = (text: string): boolean =>
  IsoDate.safeParse(text).success && new Date(`${text}T00:00:00Z`).toISOString().slice(0, 10) === text;

function optionFindings(options: ReportOptions): Finding[] {
  const findings: Finding[] = [];
  if (options.period !== undefined) {
    const period = parsePeriod(options.period);
    if (!period.ok) {
      findings.push({
        code: 'wrong-period',
        severity: 'error',
        where: '--period',
        found: options.period,
        expected: '2022, 2022-H1, 2022-Q3',
        message_vi: period.reason_vi,
        message_en: period.reason_en,
      });
    }
  }
  for (const [name, value] of [
    ['--as-of', options.asOf],
    ['--date', options.reportDate],
  ] as const) {
    if (value === undefined || isRealDate(value)) continue;
    findings.push({
      code: 'invalid-date',
      severity: 'error',
      where: name,
      found: value,
      expected: 'YYYY-MM-DD',
      message_vi: `Ngày "${value}" không hợp lệ. Hãy ghi theo dạng năm-tháng-ngày, ví dụ 2022-12-14.`,
      message_en: `"${value}" is not a valid date. Write it as year-month-day, e.g. 2022-12-14.`,
    });
  }
  return findings;
}

/** A later end wins; at the same end, a year before its half before its quarter. */
const KIND_RANK: Readonly<Record<Period['kind'], number>> = { year: 2, half: 1, quarter: 0 };

/** Kỳ mặc định — the latest period anything was reported for, else the plan's current year. */
export function defaultPeriod(plan: Plan, reports: Reports, today: string): Period {
  const ids = [
    ...reports.tasks.map((row) => row.period),
    ...reports.projects.map((row) => row.period),
    ...reports.targets.map((row) => row.period),
    ...reports.submissions.flatMap((row) => (row.period === null ? [] : [row.period])),
  ];
  const periods = [...new Set(ids)].flatMap((id) => {
    const period = parsePeriod(id);
    return period.ok ? [period.value] : [];
  });
  const latest = periods.reduce<Period | null>(
    (best, period) =>
      best === null || period.end > best.end || (period.end === best.end && KIND_RANK[period.kind] > KIND_RANK[best.kind]) ? period : best,
    null,
  );
  if (latest !== null) return latest;
  const { periodFrom, periodTo } = plan.document;
  const year = Number(today.slice(0, 4));
  const clamped = Math.min(periodTo ?? year, Math.max(periodFrom ?? year, year));
  const period = parsePeriod(String(clamped));
  if (!period.ok) throw new Error(`no period for the year ${clamped}`);
  return period.value;
}

export function computeReport(plan: Plan, reports: Reports, period: Period, asOf: string): ReportTables {
  return {
    period,
    asOf,
    compliance: computeCompliance(plan, reports, { period, asOf }),
    investment: computeInvestment(plan, reports, { period, asOf }),
    targets: computeTargetProgress(plan, reports, { asOf }),
    funding: computeFunding(plan),
  };
}

export async function writeReport(master: WorkbookPort, target: WorkbookPort, options: ReportOptions = {}): Promise<ReportResult> {
  const wrongOptions = optionFindings(options);
  if (hasErrors(wrongOptions)) return { tables: null, findings: wrongOptions };
  const read = await readMaster(master, options.layouts ?? bundledLayouts());
  if (read.plan === null) return { tables: null, findings: read.findings };
  const { plan, reports } = read;
  const chosen = options.period === undefined ? null : parsePeriod(options.period);
  const period =
    chosen !== null && chosen.ok ? chosen.value : defaultPeriod(plan, reports, options.today ?? new Date().toISOString().slice(0, 10));
  const tables = computeReport(plan, reports, period, options.asOf ?? period.cutOffTo);
  const { reportNumber, reportDate, issuer, issuerHeading } = options;
  const appendix: AppendixOptions = {
    ...(reportNumber !== undefined && { reportNumber }),
    ...(reportDate !== undefined && { reportDate }),
    ...(issuer !== undefined && { issuer }),
    ...(issuerHeading !== undefined && { issuerHeading }),
  };
  await target.writeSheets(periodReportSheets(plan, reports, tables, options.reportLayouts ?? bundledReportLayouts(), appendix));
  return { tables, findings: read.findings };
}
