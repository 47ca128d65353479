/**
 * `plan-tracker validate <master.xlsx> <file.xlsx>... [--period P] [--json <path|->] [--annotate <dir>]`
 * — checks returned agency workbooks against the plan in the master and reports every finding
 * (code, severity, sheet, cell, row id, column, found, expected, Vietnamese and English). One bad
 * file never stops the others. `--annotate` writes, for each file with findings, the copy to send
 * back with its cells marked. Exit 0: no file has errors; 1: some file has errors (or the master's
 * plan has); 2: the command line, the master or a path cannot be used.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Command } from 'commander';
import { annotatedFileName, writeAnnotatedCopy } from '../../app/annotate';
import { readMaster } from '../../app/readMaster';
import { type FileCheck, checkReturnedFile, validationRun } from '../../app/validate';
import { parsePeriod } from '../../domain/period';
import { createXlsx } from '../../workbook/xlsx/xlsxWorkbook';
import { renderTable } from '../format';
import { bilingual, cliContext, ExitCode, findingCounts, renderFindings, writeTextFile } from '../io';
import { writeBinaryFile } from './binaryFiles';
import { loadLayouts, TEMPLATES_OPTION } from './layoutFiles';
import { openMasterFile } from './masterFile';
import { readDateOption } from './optionDates';
import { renderFileCheck, STATUS_LABELS } from './returnReport';
import { isolatedFileAccess, pathSources } from './returnedFiles';

interface ValidateOptions {
  readonly period?: string;
  readonly json?: string;
  readonly annotate?: string;
  readonly asOf?: string;
  readonly templates?: string;
}

export function register(program: Command): void {
  program
    .command('validate')
    .description('Kiểm tra các tệp báo cáo cơ quan gửi về / Check the workbooks returned by agencies')
    .argument('<master>', 'sổ theo dõi (.xlsx) / master workbook (.xlsx)')
    .argument('<files...>', 'các tệp báo cáo (.xlsx) / returned workbooks (.xlsx)')
    .option('--period <period>', 'kỳ đang tổng hợp: 2022, 2022-H1, 2022-Q3 (mặc định: kỳ ghi trong từng tệp) / period being consolidated (default: each file’s own)')
    .option('--json <path>', 'ghi kết quả dạng JSON vào tệp, hoặc "-" để in ra / write the result as JSON to a file, or "-" for standard output')
    .option('--annotate <dir>', 'ghi bản đánh dấu lỗi của từng tệp có phát hiện vào thư mục / write a marked-up copy of each file with findings to a folder')
    .option('--as-of <date>', 'ngày xác định cơ quan kế thừa khi tạo biểu mẫu (mặc định: cuối kỳ) / successor date the forms were made with (default: end of period)')
    .option(...TEMPLATES_OPTION)
    .action(async (masterPath: string, paths: string[], options: ValidateOptions, command: Command) => {
      const { io, exit } = cliContext(command);
      const fail = (reason: { reason_vi: string; reason_en: string }) => {
        io.writeErr(bilingual(reason));
        exit(ExitCode.unusable);
      };
      const layouts = await loadLayouts(options.templates);
      if (!layouts.ok) return fail(layouts);
      const period = options.period === undefined ? null : parsePeriod(options.period);
      if (period !== null && !period.ok) return fail(period);
      const asOf = readDateOption('--as-of', options.asOf);
      if (!asOf.ok) return fail(asOf);
      const master = await openMasterFile(masterPath);
      if (!master.ok) return fail(master);
      const read = await readMaster(master.value, layouts.value);
      if (read.plan === null) {
        io.writeErr(
          `${renderFindings(read.findings)}\nKế hoạch trong sổ theo dõi có lỗi, chưa kiểm tra được tệp nào. Hãy sửa sổ rồi chạy lại.\n` +
            'The plan in the master has errors; no file was checked. Fix the master and run again.\n',
        );
        exit(ExitCode.findings);
        return;
      }
      if (options.annotate !== undefined) {
        try {
          await mkdir(options.annotate, { recursive: true });
        } catch {
          return fail({
            reason_vi: `Không tạo được thư mục "${options.annotate}". Kiểm tra đường dẫn và quyền ghi.`,
            reason_en: `Cannot create the folder "${options.annotate}". Check the path and the permission to write.`,
          });
        }
      }

      const { sources, missing } = await pathSources(paths);
      for (const path of missing) io.writeErr(bilingual(path));
      const access = isolatedFileAccess();
      const run = validationRun(read.plan, layouts.value, access, {
        ...(period === null ? {} : { period: period.value }),
        ...(asOf.value === undefined ? {} : { assign: { asOf: asOf.value } }),
      });
      const toStdout = options.json === '-';
      const checks: FileCheck[] = [];
      let writeFailed = false;
      try {
        for (const source of sources) {
          const checked = await checkReturnedFile(source, run);
          checks.push(checked.check);
          if (!toStdout) io.writeOut(`${renderFileCheck(checked.check)}\n`);
          if (options.annotate !== undefined && checked.workbook !== null && checked.check.findings.length > 0) {
            const target = join(options.annotate, annotatedFileName(source.fileName));
            const copy = await writeAnnotatedCopy(checked.workbook, checked.check.findings, layouts.value, createXlsx());
            const written = await writeBinaryFile(target, copy);
            if (!written.ok) {
              io.writeErr(bilingual(written));
              writeFailed = true;
            } else if (!toStdout) {
              io.writeOut(`   → Bản đánh dấu lỗi / marked-up copy: ${target}\n\n`);
            }
          }
        }
      } finally {
        await access.close();
      }

      if (!toStdout) io.writeOut(summary(checks));
      if (options.json !== undefined) {
        const text = `${JSON.stringify({ files: checks }, null, 2)}\n`;
        if (toStdout) io.writeOut(text);
        else {
          const written = await writeTextFile(options.json, text);
          if (!written.ok) {
            io.writeErr(bilingual(written));
            writeFailed = true;
          }
        }
      }
      const someErrors = checks.some((check) => check.status !== 'valid');
      exit(missing.length > 0 || writeFailed ? ExitCode.unusable : someErrors ? ExitCode.findings : ExitCode.ok);
    });
}

function summary(checks: readonly FileCheck[]): string {
  const rows = checks.map((check) => {
    const { errors, warnings } = findingCounts(check.findings);
    return [check.file, check.agency ?? '—', check.period ?? '—', STATUS_LABELS[check.status], String(errors), String(warnings)];
  });
  const invalid = checks.filter((check) => check.status !== 'valid').length;
  return (
    renderTable(['Tệp / File', 'Cơ quan / Agency', 'Kỳ / Period', 'Kết quả / Status', 'Lỗi / Errors', 'Cảnh báo / Warnings'], rows, [
      'left',
      'left',
      'left',
      'left',
      'right',
      'right',
    ]) +
    `${checks.length} tệp, ${invalid} tệp cần gửi trả lại để sửa. / ${checks.length} files, ${invalid} to send back for correction.\n`
  );
}
