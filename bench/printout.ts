/** The bench's figures as text tables, in the order of `latest.json`. */
import { renderTable } from '../src/cli/format';
import type { BenchResults, NotMeasured } from './results';

const ms = (value: number): string => value.toFixed(0);
const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (value: number): string => value.toFixed(0);
const x = (value: number): string => `${value.toFixed(2)}×`;
const notMeasured = (figure: NotMeasured): string => `not measured: ${figure.reason}`;

function section(title: string, body: string): string {
  return `\n${title}\n${body}`;
}

export function printout(results: BenchResults): string {
  const parts: string[] = [];
  const { plan, returnedFiles } = results;
  parts.push(
    `plan-tracker bench (${results.mode}) — ${results.startedAt}, Node ${results.machine.node}, ${results.machine.cpus} × ${results.machine.cpuModel}\n` +
      `Returned files answer a plan of ${plan.tasks} tasks, ${plan.agencies} reporting agencies, ${plan.projects} projects, ${plan.targets} targets. ` +
      `Returned files: ${returnedFiles.count} (mean ${kb(returnedFiles.meanBytes)}, generated in ${(returnedFiles.generateMs / 1000).toFixed(1)} s); ` +
      `${returnedFiles.withErrors} of the first ${returnedFiles.validated} have errors to send back.`,
  );
  parts.push(
    section(
      '1. Đọc tệp: sàn exceljs và quy trình / Read floor vs pipeline (ms; "files" = the per-file part, "whole" = with the master opened and saved)',
      renderTable(
        ['files', 'floor', 'validate', 'consolidate', 'whole', 'ratio', 'CPU ratio', 'validate ratio', 'whole ratio', 'files/s', 'whole files/s'],
        results.readFloor.map((row) => [
          String(row.files),
          ms(row.floorMs),
          ms(row.validateFilesMs),
          ms(row.consolidateFilesMs),
          ms(row.consolidateTotalMs),
          x(row.ratio),
          x(row.cpuRatio),
          x(row.validateRatio),
          x(row.wholeRatio),
          row.filesPerSecond.toFixed(1),
          row.wholeFilesPerSecond.toFixed(1),
        ]),
        ['right', 'right', 'right', 'right', 'right', 'right', 'right', 'right', 'right', 'right', 'right'],
      ),
    ),
  );
  parts.push(
    section(
      '2. Tăng trưởng / Growth: consolidate, each size in a fresh process (ms, MB; "peak RSS" includes writing the master)',
      renderTable(
        ['files', 'whole', 'files part', 'per file', 'CPU per file', 'master', 'RSS at 1st file', 'peak RSS over files', 'heap kept after files', 'peak RSS', 'task report rows', 'quarantined rows'],
        results.growth.map((row) => [
          String(row.files),
          ms(row.totalMs),
          ms(row.filesMs),
          row.perFileMs.toFixed(1),
          row.perFileCpuMs.toFixed(1),
          ms(row.masterMs),
          mb(row.startRssMb),
          mb(row.filesPeakRssMb),
          row.retainedMb === null ? '—' : mb(row.retainedMb),
          mb(row.peakRssMb),
          String(row.reportRows),
          String(row.quarantineRows),
        ]),
        ['right', 'right', 'right', 'right', 'right', 'right', 'right', 'right', 'right', 'right', 'right', 'right'],
      ),
    ),
  );
  const { compute } = results;
  parts.push(
    section(
      `3. Tính toán / Computation: ${compute.tasks} tasks, ${compute.projects} projects, ${compute.targets} targets; ` +
        `${compute.taskReports} task, ${compute.projectReports} project, ${compute.targetReports} target reports over ${compute.periods.join(', ')}`,
      renderTable(
        ['runs', 'median', 'first (cold)', 'min', 'max', 'compliance', 'investment', 'target progress'],
        [[String(compute.runs), ms(compute.medianMs), ms(compute.firstMs), ms(compute.minMs), ms(compute.maxMs), ms(compute.complianceMs), ms(compute.investmentMs), ms(compute.targetsMs)]],
        ['right', 'right', 'right', 'right', 'right', 'right', 'right', 'right'],
      ),
    ),
  );
  const { office } = results;
  parts.push(
    section(
      `4. Office.js (sync-counting fake; a request over ${kb(office.requestLimitBytes)} is refused)`,
      renderTable(
        ['what', 'rows', 'syncs', 'largest request', 'all requests'],
        [
          ...office.load.map((load) => [`load ${load.label}`, `${load.tasks} tasks`, String(load.syncs), kb(load.largestRequestBytes), kb(load.totalBytes)]),
          ...office.consolidate.map((run) => [`consolidate ${run.label}`, `${run.reportRows} task reports`, String(run.syncs), kb(run.largestRequestBytes), kb(run.totalBytes)]),
        ],
        ['left', 'right', 'right', 'right', 'right'],
      ),
    ),
  );
  const { sizes, interactive } = results.pane;
  const sizeLines = sizes.measured
    ? renderTable(
        ['part', 'files', 'bytes', 'gzip'],
        [
          ['initial', sizes.initial.map((item) => item.file).join(', '), kb(sizes.initial.reduce((sum, item) => sum + item.bytes, 0)), kb(sizes.initialGzipBytes)],
          ['lazy', `${sizes.lazy.length} chunks, largest ${sizes.lazy[0]?.file ?? '—'} (${kb(sizes.lazy[0]?.gzipBytes ?? 0)} gzip)`, kb(sizes.lazy.reduce((sum, item) => sum + item.bytes, 0)), kb(sizes.lazyGzipBytes)],
        ],
        ['left', 'left', 'right', 'right'],
      ) + `build: ${sizes.folder}${sizes.builtNow ? ' (built by this run)' : ''}${sizes.fresh ? '' : ' — OLDER THAN ITS SOURCES'}\n`
    : `${notMeasured(sizes)}\n`;
  const timingLine = interactive.measured
    ? `navigation → usable pane (${interactive.selector}): median ${ms(interactive.medianMs)} ms of ${interactive.runsMs.map(ms).join(', ')}\n`
    : `navigation → usable pane: ${notMeasured(interactive)}\n`;
  parts.push(section('5. Ngăn tác vụ / Task pane', sizeLines + timingLine));
  parts.push(
    section(
      'Mục tiêu / Goals',
      renderTable(
        ['', 'goal', 'measured'],
        results.goals.map((goal) => [goal.met === null ? '–' : goal.met ? 'MET' : 'NOT MET', goal.goal, goal.value]),
        ['left', 'left', 'left'],
      ),
    ),
  );
  parts.push(`\nDuration: ${(results.durationMs / 1000).toFixed(1)} s. Figures also in bench/results/latest.json.\n`);
  return parts.join('\n');
}
