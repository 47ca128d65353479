/**
 * What `validate` and `consolidate` share: the returned-files command line (master, files,
 * `--period`, `--json`, `--as-of`, `--templates`) and reading it into the layouts, the period being
 * consolidated, the successor date and the opened master.
 */
import type { Command } from 'commander';
import type { Period } from '../../domain/period';
import { parsePeriod } from '../../domain/period';
import { type Parsed, parsed } from '../../domain/vn/result';
import type { Layouts } from '../../layout/schema';
import type { WorkbookFile } from '../../workbook/port';
import { loadLayouts, TEMPLATES_OPTION } from './layoutFiles';
import { openMasterFile } from './masterFile';
import { readDateOption } from './optionDates';

export interface ReturnsOptions {
  readonly period?: string;
  readonly json?: string;
  readonly asOf?: string;
  readonly templates?: string;
}

export interface ReturnsRun {
  readonly layouts: Layouts;
  readonly master: WorkbookFile;
  /** The assignment options both the validator and the consolidation take. */
  readonly options: { readonly period?: Period; readonly assign?: { readonly asOf: string } };
}

/** Adds the shared arguments and options; the caller adds its own, then its action. */
export function returnsCommand(program: Command, name: string, description: string, masterHelp: string): Command {
  return program
    .command(name)
    .description(description)
    .argument('<master>', masterHelp)
    .argument('<files...>', 'các tệp báo cáo (.xlsx) / returned workbooks (.xlsx)')
    .option('--period <period>', 'kỳ đang tổng hợp: 2022, 2022-H1, 2022-Q3 (mặc định: kỳ ghi trong từng tệp) / period being consolidated (default: each file’s own)')
    .option('--json <path>', 'ghi kết quả dạng JSON vào tệp, hoặc "-" để in ra / write the result as JSON to a file, or "-" for standard output')
    .option('--as-of <date>', 'ngày xác định cơ quan kế thừa khi tạo biểu mẫu (mặc định: cuối kỳ) / successor date the forms were made with (default: end of period)')
    .option(...TEMPLATES_OPTION);
}

export async function readReturnsRun(masterPath: string, options: ReturnsOptions): Promise<Parsed<ReturnsRun>> {
  const layouts = await loadLayouts(options.templates);
  if (!layouts.ok) return layouts;
  const period = options.period === undefined ? null : parsePeriod(options.period);
  if (period !== null && !period.ok) return period;
  const asOf = readDateOption('--as-of', options.asOf);
  if (!asOf.ok) return asOf;
  const master = await openMasterFile(masterPath);
  if (!master.ok) return master;
  return parsed({
    layouts: layouts.value,
    master: master.value,
    options: {
      ...(period === null ? {} : { period: period.value }),
      ...(asOf.value === undefined ? {} : { assign: { asOf: asOf.value } }),
    },
  });
}
