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
import { createXlsx } from '../../workbook/xlsx/xlsxWorkbook';
import { renderTable } from '../format';
import { bilingual, cliContext, ExitCode, findingCounts, renderFindings, writeTextFile } from '../io';
import { writeBinaryFile } from './binaryFiles';
import { renderFileCheck, STATUS_LABELS } from './returnReport';
import { isolatedFileAccess, pathSources } from './returnedFiles';
import { type ReturnsOptions, readReturnsRun, returnsCommand } from './returnsRun';

interface ValidateOptions extends ReturnsOptions {
  readonly annotate?: string;
}

export function register(program: Command): void {
  returnsCommand(
    program,
    'validate',
    'Kiểm tra các tệp báo cáo cơ quan gửi về / Check the workbooks returned by agencies',
    'sổ theo dõi (.xlsx) / master workbook (.xlsx)',
  )
    .option('--annotate <dir>', 'ghi bản đánh dấu lỗi của từng tệp có phát hiện vào thư mục / write a marked-up copy of each file with findings to a folder')
    .action(async (masterPath: string, paths: string[], options: ValidateOptions, command: Command) => {
      const { io, exit } = cliContext(command);
      const fail = (reason: { reason_vi: string; reason_en: string }) => {
        io.writeErr(bilingual(reason));
        exit(ExitCode.unusable);
      };
      const setup = await readReturnsRun(masterPath, options);
      if (!setup.ok) return fail(setup);
      const { layouts, master } = setup.value;
      const read = await readMaster(master, layouts);
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
      const run = validationRun(read.plan, layouts, access, setup.value.options);
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
            const copy = await writeAnnotatedCopy(checked.workbook, checked.check.findings, layouts, createXlsx());
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
