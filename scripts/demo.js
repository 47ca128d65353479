#!/usr/bin/env node
/**
 * Demo (`npm run demo`, after `npm run build:cli`): the officials' year on the bundled plans, with
 * the real `plan-tracker` commands, into `out/`:
 *   1. check every plan in `seeds/` — a summary of all five, then plan 40/KH-UBND in full (warnings
 *      are expected: the documents disagree with themselves);
 *   2. init — the master workbook for plan 40/KH-UBND;
 *   3. templates — one workbook per agency for 2022;
 *   4. sample returns — filled in as agencies do, some with the mistakes officers meet;
 *   5. validate — every finding, with annotated copies to send back;
 *   6. consolidate — the good rows into the master, the bad ones to quarantine;
 *   7. report — compliance, investment, targets, funding and the appendices.
 * Exits 1 when a step fails in a way the demo does not expect.
 */
'use strict';

const { mkdirSync, readdirSync, rmSync } = require('node:fs');
const { join, relative } = require('node:path');
const { runCli } = require('../dist/cli/main.js');
const { findingCounts, loadPlanSource, processIo } = require('../dist/cli/io.js');
const { renderTable } = require('../dist/cli/format.js');
const { checkPlan } = require('../dist/rules/checkPlan.js');
const { writeSampleReturnsToFolder } = require('./samples.js');

const ROOT = join(__dirname, '..');
const OUT = join(ROOT, 'out');
const PLAN = join(ROOT, 'seeds', 'kg-40-kh-ubnd.json');
const PERIOD = '2022';
/** The samples say they were received on this day, so that on-time judgements are those of 2022. */
const RECEIVED_AT = '2022-12-10';

const io = processIo();
const rel = (path) => relative(process.cwd(), path) || '.';

/** Runs one command; `expected` lists the exit codes this step may end with. */
async function step(title, argv, expected = [0]) {
  io.writeOut(`\n━━ ${title}\n$ plan-tracker ${argv.map((arg) => (arg.includes(' ') ? `"${arg}"` : arg)).join(' ')}\n`);
  const code = await runCli(argv, io);
  if (!expected.includes(code)) throw new Error(`plan-tracker ${argv[0]} exited ${code}`);
  return code;
}

/** One row per seed plan: its document, counts and findings. */
async function seedSummary() {
  const rows = [];
  for (const name of readdirSync(join(ROOT, 'seeds')).filter((file) => file.endsWith('.json')).sort()) {
    const source = await loadPlanSource(join(ROOT, 'seeds', name));
    if (!source.ok) throw new Error(`${name}: ${source.reason_en}`);
    const { plan, summary, findings } = checkPlan(source.value);
    const { errors, warnings } = findingCounts(findings);
    if (summary === null || errors > 0) throw new Error(`${name}: the plan has errors; run plan-tracker check on it`);
    const { tasks, projects, targets, zones, agencies } = summary.counts;
    rows.push([summary.id, plan.document.number ?? '(không số)', tasks, projects, targets, zones, agencies, errors, warnings].map(String));
  }
  const headers = ['Kế hoạch/Plan', 'Số/Number', 'NV/Tasks', 'DA/Projects', 'CT/Targets', 'KCN/Zones', 'CQ/Agencies', 'Lỗi/Errors', 'CB/Warnings'];
  io.writeOut(`━━ Các kế hoạch có sẵn / The bundled plans\n${renderTable(headers, rows, ['left', 'left', ...headers.slice(2).map(() => 'right')])}`);
}

async function main() {
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  await seedSummary();
  await step('Kiểm tra kế hoạch 40/KH-UBND / Check plan 40/KH-UBND', ['check', rel(PLAN)]);

  const master = rel(join(OUT, 'master.xlsx'));
  await step('Lập sổ theo dõi / Make the master workbook', ['init', rel(PLAN), '-o', master]);
  await step(`Biểu mẫu cho các cơ quan, kỳ ${PERIOD} / Agency workbooks`, ['templates', master, '--period', PERIOD, '-o', rel(join(OUT, 'bieu-mau'))]);

  io.writeOut('\n━━ Tệp các cơ quan gửi về (mẫu) / Sample returned workbooks\n');
  const samples = await writeSampleReturnsToFolder(join(OUT, 'tiep-nhan'));
  const files = samples.map((fileName) => rel(join(OUT, 'tiep-nhan', fileName)));

  await step('Kiểm tra tệp gửi về / Validate the returns', ['validate', master, ...files, '--period', PERIOD, '--annotate', rel(join(OUT, 'tra-lai')), '--json', rel(join(OUT, 'kiem-tra.json'))], [0, 1]);
  await step('Tổng hợp vào sổ theo dõi / Consolidate', ['consolidate', master, ...files, '--period', PERIOD, '--received-at', RECEIVED_AT], [0, 1]);
  await step('Báo cáo và phụ lục / Report and appendices', ['report', master, '--period', PERIOD, '-o', rel(join(OUT, 'bao-cao.xlsx'))]);
  io.writeOut(`\nXong. Các tệp ở "${rel(OUT)}". / Done. The files are in "${rel(OUT)}".\n`);
}

main().catch((error) => {
  io.writeErr(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
