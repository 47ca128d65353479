/**
 * `plan-tracker consolidate <master.xlsx> <file.xlsx>... [--json <path|->]` — adds the returned
 * workbooks to the master's report tables: each file read and validated completely, one at a
 * time; rows with errors quarantined with their reason; a resubmission replacing the agency's
 * earlier rows; the same file twice changing nothing but the log. The master is then replaced
 * atomically. Prints one line per file (outcome, rows accepted and quarantined, errors,
 * warnings); a progress bar on a terminal when there are several files. Exit 0: no file has
 * errors; 1: some file has errors, or the master itself does (then nothing is written); 2: the
 * command line, the master or a path cannot be used.
 */
import type { Command } from 'commander';
import { type ConsolidationResult, consolidateFiles, type FileOutcome } from '../../app/consolidate';
import { labelFor, listOptions } from '../../layout/cells';
import type { Layouts } from '../../layout/schema';
import { renderTable } from '../format';
import { bilingual, cliContext, type CliIo, ExitCode, renderFindings, writeTextFile } from '../io';
import { writeBinaryFile } from './binaryFiles';
import { readDateOption } from './optionDates';
import { isolatedFileAccess, pathSources } from './returnedFiles';
import { type ReturnsOptions, readReturnsRun, returnsCommand } from './returnsRun';

interface ConsolidateOptions extends ReturnsOptions {
  readonly receivedAt?: string;
}

export function register(program: Command): void {
  returnsCommand(
    program,
    'consolidate',
    'Tổng hợp các tệp báo cáo vào sổ theo dõi / Consolidate returned workbooks into the master',
    'sổ theo dõi (.xlsx), được ghi lại / master workbook (.xlsx), rewritten',
  )
    .option('--received-at <date>', 'ngày nhận các tệp, khi nhập tệp đã nhận từ trước (mặc định: bây giờ) / the day the files were received, when entering files received earlier (default: now)')
    .action(async (masterPath: string, paths: string[], options: ConsolidateOptions, command: Command) => {
      const { io, exit } = cliContext(command);
      const fail = (reason: { reason_vi: string; reason_en: string }) => {
        io.writeErr(bilingual(reason));
        exit(ExitCode.unusable);
      };
      const setup = await readReturnsRun(masterPath, options);
      if (!setup.ok) return fail(setup);
      const { layouts, master } = setup.value;
      const receivedAt = readDateOption('--received-at', options.receivedAt);
      if (!receivedAt.ok) return fail(receivedAt);
      const { sources, missing } = await pathSources(paths);
      for (const path of missing) io.writeErr(bilingual(path));

      const progress = progressBar(io, sources.length);
      const access = isolatedFileAccess();
      const result = await consolidateFiles(master, sources, layouts, access, {
        ...setup.value.options,
        clock: () => (receivedAt.value === undefined ? new Date() : receivedOn(receivedAt.value)),
        onFile: (_, done, total) => progress(done, total),
      }).finally(() => access.close());
      if (!result.ok) {
        io.writeErr(
          `${renderFindings(result.masterFindings)}\nSổ theo dõi có lỗi, chưa tổng hợp tệp nào và sổ được giữ nguyên. Hãy sửa các lỗi trên trong sổ rồi chạy lại.\n` +
            'The master has errors; nothing was consolidated and the master is unchanged. Fix them in the master and run again.\n',
        );
        exit(ExitCode.findings);
        return;
      }
      const written = await writeBinaryFile(masterPath, await master.toArrayBuffer());
      if (!written.ok) return fail(written);

      const toStdout = options.json === '-';
      if (!toStdout) io.writeOut(summary(result, layouts, masterPath));
      if (options.json !== undefined) {
        const text = `${JSON.stringify(jsonOf(result, masterPath), null, 2)}\n`;
        if (toStdout) io.writeOut(text);
        else {
          const json = await writeTextFile(options.json, text);
          if (!json.ok) return fail(json);
        }
      }
      const someErrors = result.files.some((file) => file.submission.errors > 0 || file.check.status === 'unreadable');
      exit(missing.length > 0 ? ExitCode.unusable : someErrors ? ExitCode.findings : ExitCode.ok);
    });
}

/** `[#####-----] 3/10` on standard error, redrawn in place; only on a terminal and for several files. */
function progressBar(io: CliIo, total: number): (done: number, total: number) => void {
  if (process.stderr.isTTY !== true || total < 2) return () => undefined;
  const width = 30;
  return (done) => {
    const filled = Math.round((done / total) * width);
    io.writeErr(`\r[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total}${done === total ? '\n' : ''}`);
  };
}

function outcomeLabel(layouts: Layouts, file: FileOutcome): string {
  const options = listOptions(layouts.lists, 'submissionOutcome');
  const label = labelFor(options, file.submission.outcome) ?? file.submission.outcome;
  const english = options.find((option) => option.value === file.submission.outcome)?.label_en ?? file.submission.outcome;
  return `${label} / ${english}`;
}

function summary(result: Extract<ConsolidationResult, { ok: true }>, layouts: Layouts, masterPath: string): string {
  const rows = result.files.map((file) => [
    file.check.file,
    file.submission.agencyId ?? '—',
    outcomeLabel(layouts, file),
    String(file.submission.rowsAccepted),
    String(file.submission.rowsQuarantined),
    String(file.submission.errors),
    String(file.submission.warnings),
  ]);
  // Rows of a file replaced later in the run are no longer in the report tables.
  const accepted = result.files.filter((file) => file.submission.outcome === 'accepted').reduce((sum, file) => sum + file.submission.rowsAccepted, 0);
  const quarantined = result.files.reduce((sum, file) => sum + file.submission.rowsQuarantined, 0);
  return (
    renderTable(
      ['Tệp / File', 'Cơ quan / Agency', 'Kết quả / Outcome', 'Tiếp nhận / Accepted', 'Cách ly / Quarantined', 'Lỗi / Errors', 'Cảnh báo / Warnings'],
      rows,
      ['left', 'left', 'left', 'right', 'right', 'right', 'right'],
    ) +
    `Đã ghi sổ theo dõi "${masterPath}": ${accepted} dòng tiếp nhận, ${quarantined} dòng cách ly (xem trang "Cách ly"). Chạy "plan-tracker validate" để có chi tiết lỗi.\n` +
    `Wrote the master "${masterPath}": ${accepted} rows accepted, ${quarantined} quarantined (see the "Cách ly" sheet). Run "plan-tracker validate" for the details of the findings.\n`
  );
}

function jsonOf(result: Extract<ConsolidationResult, { ok: true }>, masterPath: string): unknown {
  return {
    master: masterPath,
    files: result.files.map((file) => ({
      file: file.check.file,
      sha256: file.check.sha256,
      agency: file.submission.agencyId,
      period: file.submission.period,
      status: file.check.status,
      outcome: file.submission.outcome,
      onTime: file.submission.onTime,
      rowsAccepted: file.submission.rowsAccepted,
      rowsQuarantined: file.submission.rowsQuarantined,
      errors: file.submission.errors,
      warnings: file.submission.warnings,
      findings: file.check.findings,
    })),
  };
}

/** A received day as an instant: noon in Vietnam (UTC+7), so that the day is the same wherever the tool runs. */
const receivedOn = (isoDay: string): Date => new Date(`${isoDay}T12:00:00+07:00`);
