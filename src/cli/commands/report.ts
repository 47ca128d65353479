/**
 * `plan-tracker report <master.xlsx> [--period P] [--as-of D] [--number N] [--date D] [-o out.xlsx] [--json]`
 * — computes compliance, investment, target progress and funding for a period and writes the
 * report sheets and the official appendices: into a new workbook with `-o`, otherwise into the
 * master itself, replaced whole (written next to it, then renamed over it) so that a failure never
 * leaves half a master. `--json` prints the computed tables instead of the summary.
 * Exit 0: written; 1: the master has errors (nothing written when its plan cannot be read);
 * 2: a file, an option or a layout cannot be read.
 */
import { join } from 'node:path';
import type { Command } from 'commander';
import { writeReport } from '../../app/report';
import { hasErrors } from '../../domain/finding';
import { parsePeriod } from '../../domain/period';
import { formatVnDate } from '../../domain/vn/date';
import { formatVnNumber } from '../../domain/vn/number';
import { type Parsed, parsed, rejected } from '../../domain/vn/result';
import { bundledReportLayouts, parseReportLayouts, type RawReportLayouts, type ReportLayouts, type ReportTables } from '../../layout/report';
import type { WorkbookFile } from '../../workbook/port';
import { WorkbookLimitError, WorkbookReadError } from '../../workbook/errors';
import { createXlsx, openXlsx } from '../../workbook/xlsx/xlsxWorkbook';
import { renderTable } from '../format';
import { bilingual, cliContext, ExitCode, readTextFile, renderFindings } from '../io';
import { readBinaryFile, writeBinaryFile } from './binaryFiles';
import { readDateOption } from './optionDates';
import { loadLayouts, TEMPLATES_OPTION } from './layoutFiles';

interface ReportCommandOptions {
  readonly period?: string;
  readonly asOf?: string;
  readonly number?: string;
  readonly date?: string;
  readonly issuer?: string;
  readonly issuerHeading?: string;
  readonly output?: string;
  readonly json?: boolean;
  readonly templates?: string;
}

type Reason = { readonly reason_vi: string; readonly reason_en: string };

export function register(program: Command): void {
  program
    .command('report')
    .description('Lập báo cáo và các phụ lục của một kỳ / Write the report sheets and appendices of a period')
    .argument('<master>', 'sổ theo dõi (.xlsx) / master workbook (.xlsx)')
    .option('--period <period>', 'kỳ báo cáo: 2022, 2022-H1, 2022-Q3 (mặc định: kỳ mới nhất có báo cáo) / reporting period (default: the latest reported)')
    .option('--as-of <date>', 'ngày tính số liệu, YYYY-MM-DD (mặc định: ngày chốt số liệu của kỳ) / date of the figures (default: the period’s cut-off)')
    .option('--number <number>', 'số báo cáo, ví dụ 215 hoặc 215/BC-UBND / report number')
    .option('--date <date>', 'ngày báo cáo, YYYY-MM-DD / report date')
    .option('--issuer <name>', 'cơ quan ban hành báo cáo (mặc định: cơ quan ban hành kế hoạch) / issuing body (default: the plan’s)')
    .option('--issuer-heading <lines>', 'tên cơ quan ở góc trái, các dòng cách nhau bởi | / lines at the top left, separated by |')
    .option('-o, --output <file>', 'ghi vào tệp mới thay vì vào sổ theo dõi / write to a new workbook instead of the master')
    .option('--json', 'in các bảng đã tính dạng JSON / print the computed tables as JSON')
    .option(...TEMPLATES_OPTION)
    .action(async (path: string, options: ReportCommandOptions, command: Command) => {
      const { io, exit } = cliContext(command);
      const fail = (reason: Reason): void => {
        io.writeErr(bilingual(reason));
        exit(ExitCode.unusable);
      };
      const layouts = await loadLayouts(options.templates);
      if (!layouts.ok) return fail(layouts);
      const reportLayouts = await loadReportLayouts(options.templates);
      if (!reportLayouts.ok) return fail(reportLayouts);
      const period = options.period === undefined ? parsed(undefined) : periodOption(options.period);
      if (!period.ok) return fail(period);
      const asOf = readDateOption('--as-of', options.asOf);
      if (!asOf.ok) return fail(asOf);
      const reportDate = readDateOption('--date', options.date);
      if (!reportDate.ok) return fail(reportDate);

      const bytes = await readBinaryFile(path);
      if (!bytes.ok) return fail(bytes);
      let master: WorkbookFile;
      try {
        master = await openXlsx(bytes.value);
      } catch (error) {
        if (error instanceof WorkbookReadError || error instanceof WorkbookLimitError) {
          return fail({ reason_vi: error.message_vi, reason_en: error.message_en });
        }
        throw error;
      }
      const target = options.output === undefined ? master : createXlsx();
      const result = await writeReport(master, target, {
        layouts: layouts.value,
        reportLayouts: reportLayouts.value,
        ...(period.value !== undefined && { period: period.value }),
        ...(asOf.value !== undefined && { asOf: asOf.value }),
        ...(reportDate.value !== undefined && { reportDate: reportDate.value }),
        ...(options.number !== undefined && { reportNumber: options.number }),
        ...(options.issuer !== undefined && { issuer: options.issuer }),
        ...(options.issuerHeading !== undefined && { issuerHeading: options.issuerHeading.split('|').map((line) => line.trim()) }),
      });
      if (result.findings.length > 0) io.writeErr(`${renderFindings(result.findings)}\n`);
      if (result.tables === null) {
        io.writeErr(
          'Sổ theo dõi có lỗi, chưa lập báo cáo. Hãy sửa các lỗi trên rồi chạy lại.\n' +
            'The master has errors; no report was written. Fix them and run again.\n',
        );
        exit(ExitCode.findings);
        return;
      }
      const destination = options.output ?? path;
      const written = await writeBinaryFile(destination, await target.toArrayBuffer());
      if (!written.ok) return fail(written);
      const sheetNames = reportSheetNames(reportLayouts.value);
      io.writeOut(options.json === true ? `${JSON.stringify(result.tables, null, 2)}\n` : summary(result.tables, destination, sheetNames));
      exit(hasErrors(result.findings) ? ExitCode.findings : ExitCode.ok);
    });
}

function periodOption(text: string): Parsed<string> {
  const period = parsePeriod(text);
  return period.ok ? parsed(period.value.id) : rejected(`--period "${text}": ${period.reason_vi}`, `--period "${text}": ${period.reason_en}`);
}

const REPORT_LAYOUT_FILES: Readonly<Record<keyof RawReportLayouts, string>> = {
  report: 'report.json',
  tasks: 'appendix-tasks.json',
  projects: 'appendix-projects.json',
  targets: 'appendix-targets.json',
};

/** The report and appendix forms from `--templates <dir>`, else the bundled ones. */
async function loadReportLayouts(dir: string | undefined): Promise<Parsed<ReportLayouts>> {
  if (dir === undefined) return parsed(bundledReportLayouts());
  const raw: Record<keyof RawReportLayouts, unknown> = { report: null, tasks: null, projects: null, targets: null };
  for (const [key, name] of Object.entries(REPORT_LAYOUT_FILES) as [keyof RawReportLayouts, string][]) {
    const path = join(dir, name);
    const text = await readTextFile(path);
    if (!text.ok) return text;
    try {
      raw[key] = JSON.parse(text.value) as unknown;
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      return rejected(`Tệp "${path}" không phải JSON hợp lệ (${detail}).`, `"${path}" is not valid JSON (${detail}).`);
    }
  }
  return parseReportLayouts(raw);
}

function reportSheetNames(layouts: ReportLayouts): string[] {
  const { sheets } = layouts.report;
  return [sheets.compliance.name, sheets.investment.name, sheets.targets.name, sheets.funding.name, layouts.tasks.sheetName, layouts.projects.sheetName, layouts.targets.sheetName];
}

const percent = (rate: number | null): string => (rate === null ? '–' : `${formatVnNumber(rate * 100, 1)}%`);

function summary(tables: ReportTables, destination: string, sheetNames: readonly string[]): string {
  const { compliance, investment, targets, period, asOf } = tables;
  const done = compliance.overall.counts['done-on-time'] + compliance.overall.counts['done-late'];
  const onTrack = targets.rows.filter((row) => row.status === 'on-track').length;
  const overview = renderTable(
    ['Nội dung / Item', 'Số liệu / Figures'],
    [
      ['Nhiệm vụ / Tasks', `${compliance.overall.total}; hoàn thành / done ${done} (${percent(compliance.overall.doneRate)})`],
      ['Quá hạn / Overdue', String(compliance.overall.counts.overdue)],
      ['Chưa báo cáo / Not reported', String(compliance.overall.counts['not-reported'])],
      ['Dự án / Projects', `${investment.count}; ${formatVnNumber(investment.totalInvestment)} tỷ đồng`],
      ['Giải ngân / Disbursed', `${formatVnNumber(investment.disbursement.disbursedTotal)} tỷ đồng (${percent(investment.disbursement.rate)})`],
      ['Chỉ tiêu / Targets', `${targets.rows.length}; đạt tiến độ / on track ${onTrack}`],
    ],
  );
  return (
    `Kỳ báo cáo / Period: ${period.id}, số liệu đến ngày / as of ${formatVnDate(asOf)}\n${overview}\n` +
    `Tuân thủ theo cơ quan chủ trì / Compliance per lead agency\n${leadCompliance(compliance)}\n` +
    `Vốn đầu tư theo tiến độ / Investment by progress\n${investmentByProgress(investment)}\n` +
    `Đã ghi ${sheetNames.length} trang vào "${destination}": ${sheetNames.join(', ')}.\n` +
    `Wrote ${sheetNames.length} sheets to "${destination}".\n`
  );
}

/** The lead agencies' rows of the compliance table, as the official reads them in the terminal. */
function leadCompliance(compliance: ReportTables['compliance']): string {
  const rows = compliance.agencies
    .filter((row) => row.role === 'lead')
    .map((row) => [
      row.displayName,
      String(row.total),
      String(row.counts['done-on-time']),
      String(row.counts['done-late']),
      String(row.counts['in-progress-on-schedule'] + row.counts['in-progress-behind']),
      String(row.counts.overdue),
      String(row.counts['not-reported']),
      percent(row.doneRate),
    ]);
  return renderTable(
    ['Cơ quan / Agency', 'NV', 'Đúng hạn', 'Trễ hạn', 'Đang TH', 'Quá hạn', 'Chưa BC', 'Hoàn thành'],
    rows,
    ['left', 'right', 'right', 'right', 'right', 'right', 'right', 'right'],
  );
}

function investmentByProgress(investment: ReportTables['investment']): string {
  const rows = investment.byProgress.map((row) => [row.label, String(row.count), formatVnNumber(row.totalInvestment, 2)]);
  rows.push(['Tổng cộng / Total', String(investment.count), formatVnNumber(investment.totalInvestment, 2)]);
  return renderTable(['Tiến độ / Progress', 'Dự án / Projects', 'Tổng vốn (tỷ đồng)'], rows, ['left', 'right', 'right']);
}
