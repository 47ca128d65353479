/**
 * Một lượt đọc tệp — one pass over the first N returned files, in a child process of its own so
 * that its memory is its own: the floor (exceljs loading the bytes, nothing else), the CLI's
 * `validate` and the CLI's `consolidate` (the same app functions, the same byte gate and exceljs
 * adapter, the master opened from disk and saved back). Files are read from disk one at a time,
 * when their turn comes, as the CLI reads them.
 */
import { readFile, writeFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { consolidateFiles } from '../src/app/consolidate';
import { readMaster } from '../src/app/readMaster';
import type { ReturnedFileAccess, ReturnedFileSource } from '../src/app/returnedFile';
import { checkReturnedFile, type FileCheck, validationRun } from '../src/app/validate';
import { bundledLayouts } from '../src/layout/bundled';
import { inspectWorkbookBytes } from '../src/workbook/gate/inspect';
import { openXlsx } from '../src/workbook/xlsx/xlsxWorkbook';
import { now, peakRssMb, rssMb } from './measure';
import type { FilePass, PassMode } from './results';
import { firstFiles, masterPath } from './workspace';

/** The gate and the parser in this thread, as the CLI and the tests give them. */
export const inThreadAccess: ReturnedFileAccess = {
  inspect: (bytes, fileName) => inspectWorkbookBytes(bytes, fileName),
  open: (bytes) => openXlsx(bytes),
};

/** Files are received a minute apart, so that a resent file is the later one. */
export function receivingClock(start = Date.parse('2024-12-02T01:00:00.000Z')): () => Date {
  let received = 0;
  return () => new Date(start + received++ * 60_000);
}

/** Milliseconds of CPU this process has used (all its threads: the garbage collector's too). */
const cpuMs = (): number => {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
};

/**
 * The heap still in use after a full collection (the child runs with `--expose-gc`): what the
 * files left behind, which RSS overstates while V8 lets its heap grow lazily. Null without `gc`.
 */
function retainedHeapMb(): number | null {
  const { gc } = globalThis as { gc?: () => void };
  if (gc === undefined) return null;
  gc();
  return process.memoryUsage().heapUsed / (1024 * 1024);
}

/**
 * When the files were read, and the memory held when the first one was (the master already
 * loaded). CPU time is kept beside wall time: on a shared machine other work stretches the wall
 * clock of a pass, not the CPU it uses.
 */
class Span {
  first: number | null = null;
  last = 0;
  private firstCpu = 0;
  private lastCpu = 0;
  rssAtFirstMb = 0;
  /** The largest RSS sampled while files were read (every 20 ms, and as each was read and done). */
  filesPeakRssMb = 0;
  private sampler: ReturnType<typeof setInterval> | undefined;
  /** Heap in use after the last file, once collected; its cost is not in the files' time. */
  retainedMb: number | null = null;
  private finished = 0;

  constructor(private readonly total: number) {}

  /** Called as each file is read. */
  reading(): void {
    if (this.first === null) {
      this.first = now();
      this.firstCpu = cpuMs();
      this.rssAtFirstMb = rssMb();
      // A busy event loop delays the timer; the samples at each file's read and end make up for it.
      this.sampler = setInterval(() => this.sample(), 20);
    }
    this.sample();
  }

  done(): void {
    this.last = now();
    this.lastCpu = cpuMs();
    this.sample();
    if (++this.finished === this.total) {
      clearInterval(this.sampler);
      this.retainedMb = retainedHeapMb();
    }
  }

  private sample(): void {
    this.filesPeakRssMb = Math.max(this.filesPeakRssMb, rssMb());
  }

  get wallMs(): number {
    return this.first === null ? 0 : this.last - this.first;
  }

  get cpuMs(): number {
    return this.first === null ? 0 : this.lastCpu - this.firstCpu;
  }
}

/** Sources that tell the span as each file is read. */
function diskSources(files: readonly { fileName: string; path: string }[], span: Span): ReturnedFileSource[] {
  return files.map((file) => ({
    fileName: file.fileName,
    read: async () => {
      span.reading();
      return new Uint8Array(await readFile(file.path));
    },
  }));
}

const tally = (counts: Record<string, number>, key: string): void => {
  counts[key] = (counts[key] ?? 0) + 1;
};

export async function runPass(folder: string, mode: PassMode, count: number): Promise<FilePass> {
  const files = await firstFiles(folder, count);
  const layouts = bundledLayouts();
  const span = new Span(files.length);
  const outcomes: Record<string, number> = {};
  let reportRows = 0;
  let quarantineRows = 0;
  const start = now();
  switch (mode) {
    case 'floor': {
      for (const file of files) {
        span.reading();
        const workbook = new ExcelJS.Workbook();
        // exceljs types the input as Node's Buffer of an older @types/node.
        await workbook.xlsx.load((await readFile(file.path)) as unknown as Parameters<typeof workbook.xlsx.load>[0]);
        span.done();
      }
      break;
    }
    case 'validate': {
      const master = await openXlsx(await readFile(masterPath(folder)));
      const read = await readMaster(master, layouts);
      if (read.plan === null) throw new Error('the master holds no readable plan');
      const run = validationRun(read.plan, layouts, inThreadAccess);
      // Kept, as the CLI keeps them for its summary and `--json`.
      const checks: FileCheck[] = [];
      for (const source of diskSources(files, span)) {
        const checked = await checkReturnedFile(source, run);
        checks.push(checked.check);
        span.done();
      }
      for (const check of checks) tally(outcomes, check.status);
      break;
    }
    case 'consolidate': {
      const master = await openXlsx(await readFile(masterPath(folder)));
      const result = await consolidateFiles(master, diskSources(files, span), layouts, inThreadAccess, {
        clock: receivingClock(),
        onFile: () => span.done(),
      });
      if (!result.ok) throw new Error('the master has errors');
      for (const file of result.files) tally(outcomes, file.submission.outcome);
      reportRows = result.reports.tasks.length;
      quarantineRows = result.reports.quarantine.length;
      await writeFile(`${masterPath(folder)}.consolidated-${process.pid}.xlsx`, new Uint8Array(await master.toArrayBuffer()));
      break;
    }
  }
  const totalMs = now() - start;
  const filesMs = span.wallMs;
  return {
    mode,
    files: files.length,
    totalMs,
    filesMs,
    filesCpuMs: span.cpuMs,
    masterMs: mode === 'floor' ? 0 : totalMs - filesMs,
    startRssMb: span.rssAtFirstMb,
    filesPeakRssMb: span.filesPeakRssMb,
    retainedMb: span.retainedMb,
    peakRssMb: peakRssMb(),
    outcomes,
    reportRows,
    quarantineRows,
  };
}
