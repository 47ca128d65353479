/**
 * Tiếp nhận và tổng hợp — the returned files, checked one at a time against the workbook's plan,
 * then consolidated into the master. Each file passes the byte gate before exceljs reads it.
 * Stopping takes effect between two files; a stopped consolidation writes nothing.
 */
import { annotatedFileName, writeAnnotatedCopy } from '../../app/annotate';
import { type ConsolidationResult, consolidateFiles } from '../../app/consolidate';
import { type ReturnedFileAccess, type ReturnedFileSource, openReturnedFile } from '../../app/returnedFile';
import { type FileCheck, checkReturnedFile, validationRun } from '../../app/validate';
import type { Finding } from '../../domain/finding';
import type { Plan } from '../../domain/plan';
import { parsePeriod } from '../../domain/period';
import type { Submission } from '../../domain/report';
import { bundledLayouts } from '../../layout/bundled';
import { inspectWorkbookBytes } from '../../workbook/gate/inspect';
import { createWebWorkerParser } from '../../workbook/isolation/webWorker';
import { createXlsx, openXlsx } from '../../workbook/xlsx/xlsxWorkbook';
import { PaneError } from '../jobs/describeError';
import type { JobControl } from '../jobs/job';
import type { Master } from '../state/master';

/** A file the officer picked, read once when picked (a file changed on disk afterwards cannot be read again). */
export interface ReturnedFile {
  readonly fileName: string;
  readonly data: ArrayBuffer;
}

/** The worker script the build emits next to the pane (`webpack.config.js`). */
const PARSE_WORKER_SCRIPT = 'parse-worker.js';

const ACCESS: ReturnedFileAccess = {
  inspect: (bytes, fileName) => inspectWorkbookBytes(bytes, fileName),
  open: (bytes) => openXlsx(bytes),
  // Cách ly — an agency's file is untrusted: it is read in a worker (started on the first file),
  // so a hostile one cannot freeze the pane.
  isolated: createWebWorkerParser(PARSE_WORKER_SCRIPT),
};

function periodOf(periodId: string) {
  const period = parsePeriod(periodId);
  if (!period.ok) throw new PaneError(period.reason_vi, period.reason_en);
  return period.value;
}

function sources(files: readonly ReturnedFile[], control: JobControl): ReturnedFileSource[] {
  return files.map((file) => ({
    fileName: file.fileName,
    read: async () => {
      control.signal.throwIfAborted();
      return new Uint8Array(file.data);
    },
  }));
}

/** Kiểm tra — every file's findings, in the order picked. */
export async function checkFiles(plan: Plan, files: readonly ReturnedFile[], periodId: string, control: JobControl): Promise<FileCheck[]> {
  const run = validationRun(plan, bundledLayouts(), ACCESS, { period: periodOf(periodId) });
  const checks: FileCheck[] = [];
  control.progress(0, files.length);
  for (const source of sources(files, control)) {
    checks.push((await checkReturnedFile(source, run)).check);
    control.progress(checks.length, files.length);
  }
  return checks;
}

/**
 * Bản đánh dấu lỗi — the file with its findings marked on its cells, to send back to the agency.
 * The file is read again rather than kept read: the same bytes give the same cells.
 */
export async function annotatedCopy(file: ReturnedFile, check: FileCheck): Promise<{ fileName: string; data: ArrayBuffer }> {
  const opened = await openReturnedFile({ fileName: file.fileName, read: async () => new Uint8Array(file.data) }, ACCESS);
  if (!opened.readable) throw new PaneError(UNREADABLE.vi, UNREADABLE.en);
  const data = await writeAnnotatedCopy(opened.workbook, check.findings, bundledLayouts(), createXlsx());
  return { fileName: annotatedFileName(file.fileName), data };
}

const UNREADABLE = {
  vi: 'Tệp này không đọc được nên không thể đánh dấu lỗi. Hãy báo cơ quan gửi lại tệp Excel (.xlsx) đúng biểu mẫu.',
  en: 'This file cannot be read, so it cannot be marked. Ask the agency to send the Excel (.xlsx) form again.',
};

export interface Consolidation {
  /** false: the master's own tables have an error (see its findings) and nothing was consolidated. */
  readonly ok: boolean;
  readonly masterFindings: readonly Finding[];
  readonly files: readonly { readonly check: FileCheck; readonly submission: Submission }[];
  /** The whole log after consolidation. */
  readonly submissions: readonly Submission[];
}

export async function consolidate(master: Master, files: readonly ReturnedFile[], periodId: string, control: JobControl): Promise<Consolidation> {
  control.progress(0, files.length);
  const result: ConsolidationResult = await consolidateFiles(master.port, sources(files, control), bundledLayouts(), ACCESS, {
    period: periodOf(periodId),
    clock: () => new Date(),
    onFile: (_, done, total) => control.progress(done, total),
  });
  if (!result.ok) return { ok: false, masterFindings: result.masterFindings, files: [], submissions: [] };
  return { ok: true, masterFindings: result.masterFindings, files: result.files, submissions: result.reports.submissions };
}
