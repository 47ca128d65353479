/**
 * `npm run bench [-- --quick]` — generates its inputs in code (the national-size plan, its master,
 * returned workbooks), measures, prints a table and writes the same figures to
 * `bench/results/latest.json`. Each pass over the returned files runs in a fresh child process, one
 * after the other, so that its time and its memory are its own; the report computations run here.
 * Progress goes to standard error, the table to standard output.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { jobResult } from './children';
import { measureCompute } from './compute';
import { goals } from './goals';
import { now } from './measure';
import { printout } from './printout';
import { BenchResults, type BenchMode, type FilePass, type GrowthRow, type PaneResult, type PassMode, type ReadFloorRow } from './results';
import { NATIONAL_SIZE, type PlanSize, PROVINCIAL_SIZE, syntheticPlan } from './syntheticPlan';
import { buildPane, chooseBuild, paneSizes, REPO, timeToUsablePane } from './taskPane';

interface RunConfig {
  /** The plan the returned files answer (the computations always use the national one). */
  readonly plan: PlanSize;
  readonly files: number;
  /** Sizes at which the floor, validate and consolidate are compared. */
  readonly floorSizes: readonly number[];
  /** Sizes at which consolidate's cost per file and memory are followed. */
  readonly growthSizes: readonly number[];
  readonly officeSizes: readonly number[];
  readonly computeRuns: number;
  readonly paneRuns: number;
  /** Build the web pane with webpack (a quick run measures an existing build). */
  readonly buildPane: boolean;
}

const CONFIGS: Readonly<Record<BenchMode, RunConfig>> = {
  full: {
    plan: NATIONAL_SIZE,
    files: 500,
    floorSizes: [50, 500],
    growthSizes: [50, 200, 500],
    officeSizes: [50, 500],
    computeRuns: 7,
    paneRuns: 5,
    buildPane: true,
  },
  // Under a minute: the returned files answer a provincial-size plan (the computations and the
  // Office.js load still use the national one); an existing web build is measured, none is made.
  quick: {
    plan: PROVINCIAL_SIZE,
    files: 40,
    floorSizes: [40],
    growthSizes: [10, 40],
    officeSizes: [10, 40],
    computeRuns: 7,
    paneRuns: 3,
    buildPane: false,
  },
};

const SEED = 40_2022;
const RESULTS_FILE = join(REPO, 'bench', 'results', 'latest.json');

const began = Date.now();
const progress = (text: string): void => {
  process.stderr.write(`bench [${((Date.now() - began) / 1000).toFixed(0).padStart(4)} s]: ${text}\n`);
};

async function measurePane(config: RunConfig): Promise<PaneResult> {
  let builtNow = false;
  if (config.buildPane) {
    progress('building the task pane with webpack (production)…');
    const built = await buildPane();
    if (built !== null) return { sizes: built, interactive: built };
    builtNow = true;
  }
  const build = chooseBuild(builtNow);
  if ('measured' in build) return { sizes: build, interactive: build };
  const sizes = await paneSizes(build.folder, build.builtNow);
  progress(`timing the task pane in Chromium (${config.paneRuns} runs)…`);
  return { sizes, interactive: await timeToUsablePane(build.folder, config.paneRuns) };
}

function floorRow(floor: FilePass, validate: FilePass, consolidate: FilePass): ReadFloorRow {
  const { files } = consolidate;
  return {
    files,
    floorMs: floor.filesMs,
    validateFilesMs: validate.filesMs,
    consolidateFilesMs: consolidate.filesMs,
    consolidateTotalMs: consolidate.totalMs,
    ratio: consolidate.filesMs / floor.filesMs,
    cpuRatio: consolidate.filesCpuMs / floor.filesCpuMs,
    validateRatio: validate.filesMs / floor.filesMs,
    wholeRatio: consolidate.totalMs / floor.filesMs,
    filesPerSecond: files / (consolidate.filesMs / 1000),
    wholeFilesPerSecond: files / (consolidate.totalMs / 1000),
  };
}

function growthRow(consolidate: FilePass): GrowthRow {
  return {
    files: consolidate.files,
    totalMs: consolidate.totalMs,
    filesMs: consolidate.filesMs,
    perFileMs: consolidate.filesMs / consolidate.files,
    perFileCpuMs: consolidate.filesCpuMs / consolidate.files,
    masterMs: consolidate.masterMs,
    startRssMb: consolidate.startRssMb,
    filesPeakRssMb: consolidate.filesPeakRssMb,
    retainedMb: consolidate.retainedMb,
    peakRssMb: consolidate.peakRssMb,
    reportRows: consolidate.reportRows,
    quarantineRows: consolidate.quarantineRows,
  };
}

async function main(): Promise<void> {
  const mode: BenchMode = process.argv.includes('--quick') ? 'quick' : 'full';
  const config = CONFIGS[mode];
  const start = now();
  const startedAt = new Date().toISOString();

  progress(`report computations on the national plan (${config.computeRuns} runs)…`);
  const compute = measureCompute(syntheticPlan(NATIONAL_SIZE), config.computeRuns);

  const folder = await mkdtemp(join(tmpdir(), 'plan-tracker-bench-'));
  try {
    progress(`generating the master and ${config.files} returned files in ${folder}…`);
    const generated = await jobResult({ job: 'generate', folder, plan: config.plan, files: config.files, seed: SEED });

    const passes = new Map<string, FilePass>();
    const pass = async (passMode: PassMode, files: number): Promise<FilePass> => {
      const key = `${passMode}:${files}`;
      const known = passes.get(key);
      if (known !== undefined) return known;
      progress(`${passMode} ${files} files…`);
      const result = await jobResult({ job: 'pass', folder, mode: passMode, files });
      passes.set(key, result);
      return result;
    };

    const readFloor: ReadFloorRow[] = [];
    for (const files of config.floorSizes) {
      readFloor.push(floorRow(await pass('floor', files), await pass('validate', files), await pass('consolidate', files)));
    }
    const growth: GrowthRow[] = [];
    for (const files of config.growthSizes) growth.push(growthRow(await pass('consolidate', files)));

    progress(`Office.js round trips (load the plan; consolidate ${config.officeSizes.join(' and ')} files)…`);
    const office = await jobResult({ job: 'office', folder, plan: config.plan, files: [...config.officeSizes] });
    const validated = [...passes.values()].filter((run) => run.mode === 'validate').sort((a, b) => b.files - a.files)[0];
    const pane = await measurePane(config);

    const results = BenchResults.parse({
      mode,
      startedAt,
      durationMs: now() - start,
      machine: { node: process.version, platform: process.platform, cpus: cpus().length, cpuModel: cpus()[0]?.model ?? 'unknown' },
      plan: { tasks: config.plan.tasks, agencies: config.plan.agencies, projects: config.plan.projects, targets: config.plan.targets },
      returnedFiles: {
        count: generated.files,
        meanBytes: generated.meanBytes,
        generateMs: generated.generateMs,
        validated: validated?.files ?? 0,
        withErrors: (validated?.outcomes.invalid ?? 0) + (validated?.outcomes.unreadable ?? 0),
      },
      readFloor,
      growth,
      compute,
      office,
      pane,
      goals: goals(readFloor, growth, compute, office),
    });
    await mkdir(join(REPO, 'bench', 'results'), { recursive: true });
    await writeFile(RESULTS_FILE, `${JSON.stringify(results, null, 2)}\n`);
    process.stdout.write(printout(results));
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
