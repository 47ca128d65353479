#!/usr/bin/env node
/**
 * Demo (`npm run demo`): checks every plan in `seeds/` with the compiled code (`npm run build:cli`
 * first), prints one summary row per plan, then each plan's findings. Warnings are expected — the
 * documents disagree with themselves and the plans keep them as written. Exits 1 when a seed
 * cannot be read or has errors.
 */
'use strict';

const { readdirSync } = require('node:fs');
const { basename, join } = require('node:path');
const { checkPlan } = require('../dist/rules/checkPlan.js');
const { findingCounts, loadPlanSource, renderFindings } = require('../dist/cli/io.js');
const { renderTable } = require('../dist/cli/format.js');
const { formatVnDate } = require('../dist/domain/vn/date.js');

const SEEDS = join(__dirname, '..', 'seeds');
/** Short headers, so that the table fits a terminal: NV nhiệm vụ, DA dự án, CT chỉ tiêu, CQ cơ quan, CB cảnh báo. */
const HEADERS = [
  'Kế hoạch/Plan',
  'Văn bản/Document',
  'NV/Tasks',
  'DA/Projects',
  'CT/Targets',
  'KCN/Zones',
  'CQ/Agencies',
  'Lỗi/Errors',
  'CB/Warnings',
];
const ALIGN = ['left', 'left', 'right', 'right', 'right', 'right', 'right', 'right', 'right'];
const EMPTY_COUNTS = ['', '', '', '', ''];

function documentLabel(plan) {
  if (plan === null) return '—';
  const number = plan.document.number ?? '(không số)';
  return plan.document.date === null ? number : `${number} ${formatVnDate(plan.document.date)}`;
}

const countCells = ({ tasks, projects, targets, zones, agencies }) =>
  [tasks, projects, targets, zones, agencies].map(String);

async function checkSeed(path) {
  const id = basename(path, '.json');
  const source = await loadPlanSource(path);
  if (!source.ok) {
    return { ok: false, row: [id, '—', ...EMPTY_COUNTS, '', ''], report: `${source.reason_vi}\n${source.reason_en}\n` };
  }
  const { plan, summary, findings } = checkPlan(source.value);
  const { errors, warnings } = findingCounts(findings);
  const counts = summary === null ? EMPTY_COUNTS : countCells(summary.counts);
  return {
    ok: errors === 0,
    row: [summary?.id ?? id, documentLabel(plan), ...counts, String(errors), String(warnings)],
    report: findings.length === 0 ? 'Không có phát hiện. / No findings.\n' : renderFindings(findings),
  };
}

async function main() {
  const paths = readdirSync(SEEDS)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => join(SEEDS, name));
  const results = [];
  for (const path of paths) results.push(await checkSeed(path));

  process.stdout.write(`${renderTable(HEADERS, results.map((result) => result.row), ALIGN)}\n`);
  results.forEach((result) => process.stdout.write(`== ${result.row[0]}\n${result.report}\n`));
  process.exitCode = results.every((result) => result.ok) ? 0 : 1;
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
