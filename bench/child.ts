/** A measuring child process: `node child.js '<JobRequest as JSON>'`; answers once over IPC, then exits. */
import { mkdir, writeFile } from 'node:fs/promises';
import { bundledLayouts } from '../src/layout/bundled';
import { initMasterWorkbook } from '../src/app/initMaster';
import { createXlsx } from '../src/workbook/xlsx/xlsxWorkbook';
import { runPass } from './filePasses';
import { type Generated, type JobAnswer, JobRequest } from './jobs';
import { now } from './measure';
import { officeRoundTrips } from './officeRoundTrips';
import { NATIONAL_SIZE, syntheticPlan } from './syntheticPlan';
import { writeReturnedFiles } from './syntheticReturns';
import { masterPath, returnsFolder, writeManifest } from './workspace';

/** The plan the office job compares the national one with: the same shape, a hundredth of the rows. */
const SMALL_PLAN = { tasks: 50, agencies: 5, projects: 5, targets: 8, sections: 5, zones: 2 };

/** Forms are dated at the start of December of the plan's first reporting year. */
const GENERATED_AT = '2021-12-01T01:00:00.000Z';

async function generate(request: Extract<JobRequest, { job: 'generate' }>): Promise<Generated> {
  const start = now();
  const plan = syntheticPlan(request.plan);
  const layouts = bundledLayouts();
  const master = createXlsx();
  await initMasterWorkbook(plan, layouts, master);
  const masterBytes = new Uint8Array(await master.toArrayBuffer());
  await writeFile(masterPath(request.folder), masterBytes);
  await mkdir(returnsFolder(request.folder), { recursive: true });
  const files = await writeReturnedFiles(plan, layouts, request.files, returnsFolder(request.folder), { generatedAt: GENERATED_AT, seed: request.seed });
  const generateMs = now() - start;
  await writeManifest(request.folder, { files, masterBytes: masterBytes.byteLength, generateMs });
  return { files: files.length, meanBytes: files.reduce((sum, file) => sum + file.bytes, 0) / files.length, masterBytes: masterBytes.byteLength, generateMs };
}

async function answer(request: JobRequest): Promise<JobAnswer> {
  switch (request.job) {
    case 'generate':
      return { job: 'generate', result: await generate(request) };
    case 'pass':
      return { job: 'pass', result: await runPass(request.folder, request.mode, request.files) };
    case 'office':
      return {
        job: 'office',
        result: await officeRoundTrips({ small: syntheticPlan(SMALL_PLAN), national: syntheticPlan(NATIONAL_SIZE), returns: syntheticPlan(request.plan) }, request.folder, request.files),
      };
  }
}

// A bench stopped half-way takes its running pass with it.
process.on('disconnect', () => process.exit(1));

answer(JobRequest.parse(JSON.parse(process.argv[2] ?? '')))
  .then((result) => process.send?.(result, () => process.exit(0)))
  .catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  });
