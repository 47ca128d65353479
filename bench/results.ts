/**
 * What a bench run measures, as written to `bench/results/latest.json` and exchanged with the
 * measuring child processes. Times in milliseconds, memory in MB (2^20 bytes), sizes in bytes.
 */
import { z } from 'zod';

/** A figure that could not be taken, and why (no web build, no browser …). */
export const NotMeasured = z.object({ measured: z.literal(false), reason: z.string() });
export type NotMeasured = z.infer<typeof NotMeasured>;

export const BenchMode = z.enum(['quick', 'full']);
export type BenchMode = z.infer<typeof BenchMode>;

/** How the returned files are read in one child process. */
export const PassMode = z.enum([
  /** `new ExcelJS.Workbook().xlsx.load(bytes)` and nothing else: what no reader can beat. */
  'floor',
  /** The CLI's `validate`: open the master, read its plan, then `checkReturnedFile` on each file. */
  'validate',
  /** The CLI's `consolidate`: open the master, `consolidateFiles`, serialise and save the master. */
  'consolidate',
]);
export type PassMode = z.infer<typeof PassMode>;

/** One child process's pass over the first `files` returned files. */
export const FilePass = z.object({
  mode: PassMode,
  files: z.number().int(),
  /** The whole run, master included. */
  totalMs: z.number(),
  /** From the first file's read to the last file done: what grows with the number of files. */
  filesMs: z.number(),
  /** CPU used over the same span, less disturbed than wall time by other work on the machine. */
  filesCpuMs: z.number(),
  /** Opening and reading the master before the files, writing and saving it after (0 for the floor). */
  masterMs: z.number(),
  /** Resident memory when the first file is read (the master, if any, already loaded). */
  startRssMb: z.number(),
  /** The largest resident memory sampled while the files were read (every 20 ms, and at each file). */
  filesPeakRssMb: z.number(),
  /** Heap in use after the last file, after a full garbage collection (null when gc is not exposed). */
  retainedMb: z.number().nullable(),
  /** The process's peak (the kernel's high-water mark), the master's writing included. */
  peakRssMb: z.number(),
  /** Files by status (validate) or by outcome in the log (consolidate). */
  outcomes: z.record(z.number().int()),
  /** Task report rows in the master at the end (consolidate). */
  reportRows: z.number().int(),
  /** Quarantined rows in the master at the end (consolidate). */
  quarantineRows: z.number().int(),
});
export type FilePass = z.infer<typeof FilePass>;

export const ReadFloorRow = z.object({
  files: z.number().int(),
  floorMs: z.number(),
  validateFilesMs: z.number(),
  consolidateFilesMs: z.number(),
  consolidateTotalMs: z.number(),
  /** consolidateFilesMs / floorMs: the per-file pipeline against exceljs alone (goal ≤ 1.25). */
  ratio: z.number(),
  /** The same ratio in CPU time. */
  cpuRatio: z.number(),
  validateRatio: z.number(),
  /** consolidateTotalMs / floorMs: with the master's own reading and writing. */
  wholeRatio: z.number(),
  filesPerSecond: z.number(),
  wholeFilesPerSecond: z.number(),
});
export type ReadFloorRow = z.infer<typeof ReadFloorRow>;

export const GrowthRow = z.object({
  files: z.number().int(),
  totalMs: z.number(),
  filesMs: z.number(),
  perFileMs: z.number(),
  perFileCpuMs: z.number(),
  masterMs: z.number(),
  startRssMb: z.number(),
  filesPeakRssMb: z.number(),
  retainedMb: z.number().nullable(),
  peakRssMb: z.number(),
  reportRows: z.number().int(),
  /** Rows kept for the log and the quarantine: they grow with files by design. */
  quarantineRows: z.number().int(),
});
export type GrowthRow = z.infer<typeof GrowthRow>;

export const ComputeResult = z.object({
  tasks: z.number().int(),
  projects: z.number().int(),
  targets: z.number().int(),
  periods: z.array(z.string()),
  taskReports: z.number().int(),
  projectReports: z.number().int(),
  targetReports: z.number().int(),
  runs: z.number().int(),
  /** Compliance + investment + target progress, one period, median of `runs`. */
  medianMs: z.number(),
  /** The first run, before the JIT has warmed up: what a one-off `plan-tracker report` pays. */
  firstMs: z.number(),
  minMs: z.number(),
  maxMs: z.number(),
  complianceMs: z.number(),
  investmentMs: z.number(),
  targetsMs: z.number(),
});
export type ComputeResult = z.infer<typeof ComputeResult>;

export const RoundTrips = z.object({
  label: z.string(),
  syncs: z.number().int(),
  largestRequestBytes: z.number().int(),
  totalBytes: z.number().int(),
});
export type RoundTrips = z.infer<typeof RoundTrips>;

export const OfficeResult = z.object({
  /** Writing a new master for a plan (`initMasterWorkbook`): a small plan and the national one. */
  load: z.array(RoundTrips.extend({ tasks: z.number().int() })),
  /** `consolidateFiles` into the national master: read the master, write the report tables. */
  consolidate: z.array(RoundTrips.extend({ files: z.number().int(), reportRows: z.number().int() })),
  requestLimitBytes: z.number().int(),
});
export type OfficeResult = z.infer<typeof OfficeResult>;

export const Asset = z.object({ file: z.string(), bytes: z.number().int(), gzipBytes: z.number().int() });
export type Asset = z.infer<typeof Asset>;

export const PaneSizes = z.object({
  measured: z.literal(true),
  folder: z.string(),
  /** Built by this run, or an existing build (quick runs do not build). */
  builtNow: z.boolean(),
  /** Newer than every source it is built from. */
  fresh: z.boolean(),
  initial: z.array(Asset),
  lazy: z.array(Asset),
  initialGzipBytes: z.number().int(),
  lazyGzipBytes: z.number().int(),
});
export type PaneSizes = z.infer<typeof PaneSizes>;

export const PaneTiming = z.object({ measured: z.literal(true), runsMs: z.array(z.number()), medianMs: z.number(), selector: z.string() });
export type PaneTiming = z.infer<typeof PaneTiming>;

export const PaneResult = z.object({
  sizes: z.union([PaneSizes, NotMeasured]),
  interactive: z.union([PaneTiming, NotMeasured]),
});
export type PaneResult = z.infer<typeof PaneResult>;

export const Goal = z.object({
  goal: z.string(),
  value: z.string(),
  /** null: not measured in this run. */
  met: z.boolean().nullable(),
});
export type Goal = z.infer<typeof Goal>;

export const BenchResults = z.object({
  mode: BenchMode,
  startedAt: z.string(),
  durationMs: z.number(),
  machine: z.object({ node: z.string(), platform: z.string(), cpus: z.number().int(), cpuModel: z.string() }),
  /** The plan the returned files answer (the computations use the national plan). */
  plan: z.object({ tasks: z.number().int(), agencies: z.number().int(), projects: z.number().int(), targets: z.number().int() }),
  returnedFiles: z.object({
    count: z.number().int(),
    meanBytes: z.number(),
    generateMs: z.number(),
    /** Of the first `validated` files, those the validate pass found errors in (the samples' mistakes). */
    validated: z.number().int(),
    withErrors: z.number().int(),
  }),
  readFloor: z.array(ReadFloorRow),
  growth: z.array(GrowthRow),
  compute: ComputeResult,
  office: OfficeResult,
  pane: PaneResult,
  goals: z.array(Goal),
});
export type BenchResults = z.infer<typeof BenchResults>;
