/**
 * `plan-tracker consolidate` killed outright (SIGKILL: no cleanup runs) at any moment leaves the
 * master either byte for byte as it was or complete and new, never half of one; a temporary file
 * a killed run leaves is never taken for the master, and the next run ignores it: each run writes
 * and renames only its own `<master>.tmp-<pid>`. Runs the compiled CLI, as officials do.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { copyFileSync, readdirSync, readFileSync, watch, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { initMasterWorkbook } from '../../src/app/initMaster';
import { readMaster } from '../../src/app/readMaster';
import { writeSampleReturns } from '../../src/app/samples';
import { Plan } from '../../src/domain/plan';
import type { Submission } from '../../src/domain/report';
import { createXlsx, openXlsx } from '../../src/workbook/xlsx/xlsxWorkbook';
import { shippedLayouts } from '../layout/fixtures';
import { period } from '../rules/validate/returns';
import { type TempFolder, tempFolder } from './tempFiles';

const ROOT = join(__dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'plan-tracker.js');
const MASTER = 'master.xlsx';
const TEMPORARY = /^master\.xlsx\.tmp-\d+$/;
const KILLS = 12;
const layouts = shippedLayouts();
const plan = Plan.parse(JSON.parse(readFileSync(join(ROOT, 'seeds', 'kg-40-kh-ubnd.json'), 'utf8')));

const folders: TempFolder[] = [];
let returns: string[];
/** The master before any run: its path, and its bytes. */
let sourceMaster: string;
let original: Buffer;
/** The log a complete run writes, without the times of receipt. */
let completeLog: unknown[];
/** How long a whole run takes here, measured once. */
let runMs: number;

function folder(): TempFolder {
  const made = tempFolder();
  folders.push(made);
  return made;
}

/** A folder holding the master as it was before any run. */
function masterFolder(): TempFolder {
  const made = folder();
  copyFileSync(sourceMaster, made.path(MASTER));
  return made;
}

const startRun = (at: TempFolder): ChildProcess => spawn(process.execPath, [BIN, 'consolidate', at.path(MASTER), ...returns], { stdio: 'ignore' });

const ended = (child: ChildProcess): Promise<number | null> =>
  new Promise((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve(child.exitCode) : child.once('exit', (code) => resolve(code))));

const logOf = (submissions: readonly Submission[]): unknown[] => submissions.map(({ receivedAt: _receivedAt, ...entry }) => entry);

/** The master after a run: the old one untouched, or a complete new one — and nothing else named like it. */
async function judge(at: TempFolder): Promise<'old' | 'new'> {
  expect(readdirSync(at.path('')).filter((name) => name !== MASTER && !TEMPORARY.test(name))).toEqual([]);
  const bytes = readFileSync(at.path(MASTER));
  if (bytes.equals(original)) return 'old';
  const read = await readMaster(await openXlsx(new Uint8Array(bytes)), layouts);
  expect(read.findings.filter((finding) => finding.severity === 'error')).toEqual([]);
  expect(logOf(read.reports.submissions)).toEqual(completeLog);
  return 'new';
}

beforeAll(async () => {
  // The CLI as `npm run build:cli` compiles it; tsc emits even when another file has a type error.
  spawnSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.build.json'], { cwd: ROOT, stdio: 'ignore' });
  const inputs = folder();
  const master = createXlsx();
  await initMasterWorkbook(plan, layouts, master);
  sourceMaster = inputs.path(MASTER);
  writeFileSync(sourceMaster, new Uint8Array(await master.toArrayBuffer()));
  original = readFileSync(sourceMaster);
  const written = await writeSampleReturns(
    plan,
    period('2022'),
    layouts,
    { createFile: () => createXlsx(), save: async (fileName, data) => writeFileSync(inputs.path(fileName), new Uint8Array(data)) },
    { generatedAt: '2022-11-01T08:00:00.000Z', focalPointId: 'kg.sct' },
  );
  returns = written.map((sample) => inputs.path(sample.fileName));

  const complete = masterFolder();
  const started = Date.now();
  const exitCode = await ended(startRun(complete));
  runMs = Date.now() - started;
  // Some samples carry mistakes: exit 1, the master written.
  expect(exitCode).toBe(1);
  const read = await readMaster(await openXlsx(new Uint8Array(readFileSync(complete.path(MASTER)))), layouts);
  completeLog = logOf(read.reports.submissions);
  expect(completeLog).toHaveLength(returns.length);
}, 300_000);
afterAll(() => {
  for (const made of folders) made.remove();
});

describe('plan-tracker consolidate, killed', () => {
  it(`leaves the old master or a complete new one, killed at ${KILLS} moments spread over a run`, async () => {
    for (let kill = 1; kill <= KILLS; kill++) {
      const at = masterFolder();
      const child = startRun(at);
      const timer = setTimeout(() => child.kill('SIGKILL'), Math.round((runMs * kill) / KILLS));
      await ended(child);
      clearTimeout(timer);
      expect(['old', 'new']).toContain(await judge(at));
    }
  }, 300_000);

  it('leaves the old master or a complete new one when killed as its temporary file appears', async () => {
    const at = masterFolder();
    const child = startRun(at);
    const seen = () => readdirSync(at.path('')).some((name) => TEMPORARY.test(name));
    const watcher = watch(at.path(''), () => seen() && child.kill('SIGKILL'));
    const poll = setInterval(() => seen() && child.kill('SIGKILL'), 1);
    await ended(child);
    watcher.close();
    clearInterval(poll);
    expect(['old', 'new']).toContain(await judge(at));
  }, 120_000);

  it('completes the next run over the temporary files killed runs left, without reading or removing them', async () => {
    const at = masterFolder();
    // Half a master, as a run killed while writing leaves it, under a process id that is no more.
    const leftover = at.path(`${MASTER}.tmp-4194305`);
    writeFileSync(leftover, original.subarray(0, original.length / 2));
    expect(await ended(startRun(at))).toBe(1);
    expect(await judge(at)).toBe('new');
    expect(readFileSync(leftover).equals(original.subarray(0, original.length / 2))).toBe(true);
  }, 120_000);
});
