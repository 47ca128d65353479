#!/usr/bin/env node
/**
 * Sample returns (`npm run samples`, after `npm run build:cli`): writes a realistic set of
 * returned agency workbooks for plan 40/KH-UBND, period 2022, into `out/samples/` — most filled in
 * properly, some with the mistakes officers meet (see `src/app/samples.ts`) — and prints which
 * file shows which mistake.
 * The demo calls `writeSampleReturnsToFolder(dir)` for the same files.
 */
'use strict';

const { mkdir, readFile, writeFile } = require('node:fs/promises');
const { dirname, join } = require('node:path');
const { writeSampleReturns } = require('../dist/app/samples.js');
const { parsePeriod } = require('../dist/domain/period.js');
const { Plan } = require('../dist/domain/plan.js');
const { bundledLayouts } = require('../dist/layout/bundled.js');
const { renderTable } = require('../dist/cli/format.js');
const { createXlsx } = require('../dist/workbook/xlsx/xlsxWorkbook.js');

const ROOT = join(__dirname, '..');
const PLAN = join(ROOT, 'seeds', 'kg-40-kh-ubnd.json');
/** Sở Công Thương receives plan 40/KH-UBND's reports (through it, to UBND tỉnh). */
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

/** Writes the sample returns into `outDir`, prints what each shows, and returns their file names. */
async function writeSampleReturnsToFolder(outDir) {
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
  return samples.map((sample) => sample.fileName);
}

module.exports = { writeSampleReturnsToFolder };

if (require.main === module) {
  writeSampleReturnsToFolder(join(ROOT, 'out', 'samples')).catch((error) => {
    process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
    process.exitCode = 1;
  });
}
