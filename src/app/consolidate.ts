/**
 * Tổng hợp — adds returned files to the master's report tables. The master is read first; when
 * its own tables have errors nothing is done (rewriting them would drop the rows that could not be
 * read). Then the files are taken one at a time — read, validated completely, consolidated in
 * memory — so that only one returned workbook is held at once; the report tables are written
 * back once, at the end, with the officer's own columns (`Đánh giá`) put back on their rows. The
 * caller saves the master (the CLI replaces the file atomically).
 */
import { type Finding, hasErrors } from '../domain/finding';
import type { Reports, Submission } from '../domain/report';
import { reportSheets } from '../layout/master';
import type { Layouts } from '../layout/schema';
import { consolidateReturn } from '../rules/consolidate/consolidateReturn';
import type { WorkbookPort } from '../workbook/port';
import { readMaster } from './readMaster';
import type { ReturnedFileAccess, ReturnedFileSource } from './returnedFile';
import { checkReturnedFile, type FileCheck, type ValidationOptions, validationRun } from './validate';

export interface FileOutcome {
  readonly check: FileCheck;
  /** The file's line in the log (in the result: as it stands at the end of the run). */
  readonly submission: Submission;
}

export type ConsolidationResult =
  | { readonly ok: false; readonly masterFindings: readonly Finding[] }
  | { readonly ok: true; readonly masterFindings: readonly Finding[]; readonly files: readonly FileOutcome[]; readonly reports: Reports };

export interface ConsolidationOptions extends ValidationOptions {
  /** When each file is received (the log's `Thời điểm nhận`). */
  readonly clock: () => Date;
  /** Called after each file, e.g. for a progress bar. */
  readonly onFile?: (outcome: FileOutcome, done: number, total: number) => void;
}

export async function consolidateFiles(
  master: WorkbookPort,
  sources: readonly ReturnedFileSource[],
  layouts: Layouts,
  access: ReturnedFileAccess,
  options: ConsolidationOptions,
): Promise<ConsolidationResult> {
  const read = await readMaster(master, layouts);
  if (read.plan === null || hasErrors(read.findings)) return { ok: false, masterFindings: read.findings };
  const { plan } = read;
  const run = validationRun(plan, layouts, access, options);
  let reports = read.reports;
  const files: FileOutcome[] = [];
  for (const source of sources) {
    const checked = await checkReturnedFile(source, run);
    const byteErrors = checked.byteFindings.filter((finding) => finding.severity === 'error').length;
    const consolidated = consolidateReturn(
      reports,
      checked.validated,
      {
        sha256: checked.check.sha256,
        fileName: source.fileName,
        receivedAt: options.clock().toISOString(),
        byteFindings: { errors: byteErrors, warnings: checked.byteFindings.length - byteErrors },
      },
      plan,
    );
    reports = consolidated.reports;
    const outcome = { check: checked.check, submission: consolidated.submission };
    files.push(outcome);
    options.onFile?.(outcome, files.length, sources.length);
  }
  await master.writeSheets(reportSheets(reports, layouts, read.officerNotes));
  // A file accepted early in the run may have been replaced by a later one.
  const logged = new Map(reports.submissions.map((submission) => [submission.id, submission]));
  const final = files.map((file) => ({ ...file, submission: logged.get(file.submission.id) ?? file.submission }));
  return { ok: true, masterFindings: read.findings, files: final, reports };
}
