#!/usr/bin/env node
/**
 * Sample returns (`npm run samples`, after `npm run build:cli`): writes a realistic set of
 * returned agency workbooks for plan 40/KH-UBND, period 2022, into `out/samples/` — most filled in
 * properly, some with the mistakes officers meet (see `src/app/samples.ts`) — and prints which
 * file shows which mistake.
 *
 * Also exports `roundTripToFolder({ planPath, outDir, period, focalPointId })` for the demo: a new
 * master, the forms, the samples, their validation with annotated copies, and their
 * consolidation, all written under `outDir`; it returns the summary of `runRoundTrip`.
 */
'use strict';

const { mkdir, readFile, writeFile } = require('node:fs/promises');
const { dirname, join } = require('node:path');
const { runRoundTrip } = require('../dist/app/roundTrip.js');
const { writeSampleReturns } = require('../dist/app/samples.js');
const { parsePeriod } = require('../dist/domain/period.js');
const { Plan } = require('../dist/domain/plan.js');
const { bundledLayouts } = require('../dist/layout/bundled.js');
const { renderTable } = require('../dist/cli/format.js');
const { inspectWorkbookBytes } = require('../dist/workbook/gate/inspect.js');
const { createXlsx, openXlsx } = require('../dist/workbook/xlsx/xlsxWorkbook.js');

const ROOT = join(__dirname, '..');
const PLAN = join(ROOT, 'seeds', 'kg-40-kh-ubnd.json');
/** Plan 40/KH-UBND names no recipient of the reports; Sở Công Thương is its focal point. */
const FOCAL_POINT = 'kg.sct';
/** A fixed clock, so that the samples and the log are the same on every run. */
const CLOCK = () => new Date('2022-12-10T03:00:00.000Z');

const MISTAKES = {
  none: 'điền đúng / filled in properly',
  duplicate: 'gửi hai lần / received twice',
  forgiven: 'cột di chuyển, tình trạng viết khác, số dạng chữ / columns moved, statuses spelled otherwise, numbers as text',
  'deleted-row': 'xóa một dòng / a row deleted',
  resubmission: 'gửi lại bản sửa / corrected file sent again',
  'invented-row': 'thêm dòng / a row added',
  'pasted-formula': 'dán công thức / a formula pasted',
  'bad-values': 'giá trị sai / wrong values',
  'wrong-period': 'nhầm kỳ / wrong period',
  'stale-template': 'biểu mẫu cũ, kế hoạch đã đổi / form made before the plan changed',
  'old-version': 'biểu mẫu phiên bản cũ / older form version',
};

async function loadPlan(planPath) {
  return Plan.parse(JSON.parse(await readFile(planPath, 'utf8')));
}

function periodOf(id) {
  const period = parsePeriod(id);
  if (!period.ok) throw new Error(period.reason_en);
  return period.value;
}

async function save(path, data) {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, new Uint8Array(data));
}

/** The round trip of `src/app/roundTrip.ts`, with its files under `outDir`. */
async function roundTripToFolder({ planPath = PLAN, outDir = join(ROOT, 'out'), period = '2022', focalPointId = FOCAL_POINT } = {}) {
  const files = {
    createFile: () => createXlsx(),
    openFile: (bytes) => openXlsx(bytes),
    open: (bytes) => openXlsx(bytes),
    inspect: (bytes, fileName) => inspectWorkbookBytes(bytes, fileName),
    save: (path, data) => save(join(outDir, path), data),
    load: async (path) => new Uint8Array(await readFile(join(outDir, path))),
  };
  return runRoundTrip(await loadPlan(planPath), periodOf(period), bundledLayouts(), files, { clock: CLOCK, focalPointId });
}

async function main() {
  const outDir = join(ROOT, 'out', 'samples');
  const samples = await writeSampleReturns(
    await loadPlan(PLAN),
    periodOf('2022'),
    bundledLayouts(),
    { createFile: () => createXlsx(), save: (fileName, data) => save(join(outDir, fileName), data) },
    { generatedAt: CLOCK().toISOString(), focalPointId: FOCAL_POINT },
  );
  const rows = samples.map((sample) => [sample.fileName, sample.agencyId, MISTAKES[sample.mistake] ?? sample.mistake]);
  process.stdout.write(renderTable(['Tệp / File', 'Cơ quan / Agency', 'Nội dung / What it shows'], rows));
  process.stdout.write(`Đã ghi ${samples.length} tệp vào ${outDir}. / Wrote ${samples.length} files to ${outDir}.\n`);
}

module.exports = { roundTripToFolder };

if (require.main === module) {
  main().catch((error) => {
    process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
    process.exitCode = 1;
  });
}
