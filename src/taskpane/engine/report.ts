/**
 * Báo cáo — writes the report sheets and appendices of a period, into the master or into a new
 * workbook of their own, and returns what the pane draws from the same computation.
 */
import { type ReportOptions, writeReport } from '../../app/report';
import type { Finding } from '../../domain/finding';
import type { WorkbookPort } from '../../workbook/port';
import { createXlsx } from '../../workbook/xlsx/xlsxWorkbook';
import { type ChartData, complianceChart, investmentChart } from '../charts/chartData';
import type { Master } from '../state/master';

export interface ReportRequest {
  readonly periodId: string;
  /** YYYY-MM-DD; null: the period's data cut-off. */
  readonly asOf: string | null;
  /** Số báo cáo, e.g. `15/BC-SCT`; empty: left blank in the appendices. */
  readonly reportNumber: string;
  /** Ngày báo cáo, YYYY-MM-DD; null: left blank. */
  readonly reportDate: string | null;
  readonly today: string;
}

export interface ReportView {
  readonly periodId: string;
  readonly asOf: string;
  readonly tasks: number;
  readonly doneRate: number | null;
  readonly onTimeRate: number | null;
  readonly projects: number;
  readonly totalInvestment: number;
  readonly agenciesLateOrMissing: number;
  readonly compliance: ChartData;
  readonly investment: ChartData;
}

export interface ReportOutcome {
  readonly findings: readonly Finding[];
  /** null when nothing was written: the findings say why. */
  readonly view: ReportView | null;
  /** The separate report workbook, when one was asked for and written. */
  readonly file: { readonly fileName: string; readonly data: ArrayBuffer } | null;
}

const options = (request: ReportRequest): ReportOptions => ({
  period: request.periodId,
  today: request.today,
  ...(request.asOf === null ? {} : { asOf: request.asOf }),
  ...(request.reportNumber.trim() === '' ? {} : { reportNumber: request.reportNumber.trim() }),
  ...(request.reportDate === null ? {} : { reportDate: request.reportDate }),
});

async function write(master: Master, target: WorkbookPort, request: ReportRequest): Promise<Omit<ReportOutcome, 'file'>> {
  const { tables, findings } = await writeReport(master.port, target, options(request));
  if (tables === null) return { findings, view: null };
  const { compliance, investment } = tables;
  return {
    findings,
    view: {
      periodId: tables.period.id,
      asOf: tables.asOf,
      tasks: compliance.overall.total,
      doneRate: compliance.overall.doneRate,
      onTimeRate: compliance.overall.onTimeRate,
      projects: investment.count,
      totalInvestment: investment.totalInvestment,
      agenciesLateOrMissing: compliance.reportingGaps.length,
      compliance: complianceChart(compliance.agencies),
      investment: investmentChart(investment.byLocation),
    },
  };
}

/** Ghi báo cáo vào sổ — the report sheets go into the master itself. */
export async function writeReportIntoMaster(master: Master, request: ReportRequest): Promise<ReportOutcome> {
  return { ...(await write(master, master.port, request)), file: null };
}

/** Báo cáo riêng — the report sheets in a workbook of their own, to download. */
export async function writeReportFile(master: Master, request: ReportRequest): Promise<ReportOutcome> {
  const target = createXlsx();
  const written = await write(master, target, request);
  if (written.view === null) return { ...written, file: null };
  return { ...written, file: { fileName: `Bao-cao_${written.view.periodId}.xlsx`, data: await target.toArrayBuffer() } };
}
