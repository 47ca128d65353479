/**
 * Mục tiêu — the goals the bench checks its figures against. Speed is judged as ratios within
 * the run (the pipeline against exceljs alone, large runs against small ones), never as absolute
 * times, except for the report computations, whose goal is a time an officer notices.
 */
import type { ComputeResult, Goal, GrowthRow, OfficeResult, ReadFloorRow } from './results';

/** The per-file pipeline may cost at most this much more than exceljs loading the same files. */
export const RATIO_GOAL = 1.25;
/** "Flat": the largest run's cost per file, or its memory while reading files, within this share of the smallest run's. */
export const FLAT_BAND = 0.2;
export const COMPUTE_GOAL_MS = 250;

const times = (value: number): string => `${value.toFixed(2)}×`;

export function goals(readFloor: readonly ReadFloorRow[], growth: readonly GrowthRow[], compute: ComputeResult, office: OfficeResult): Goal[] {
  const list: Goal[] = [];
  list.push({
    goal: `pipeline / floor ≤ ${RATIO_GOAL} (validate + consolidate per file against exceljs load)`,
    value: readFloor.map((row) => `${times(row.ratio)} (CPU ${times(row.cpuRatio)}) at ${row.files} files`).join(', '),
    met: readFloor.length === 0 ? null : readFloor.every((row) => row.ratio <= RATIO_GOAL),
  });
  const [smallest, largest] = [growth[0], growth[growth.length - 1]];
  if (smallest !== undefined && largest !== undefined && largest.files > smallest.files) {
    const costGrowth = largest.perFileMs / smallest.perFileMs;
    list.push({
      goal: `cost per file flat (${largest.files} files within ${FLAT_BAND * 100} % of ${smallest.files})`,
      value: growth.map((row) => `${row.perFileMs.toFixed(0)} ms at ${row.files}`).join(', ') + ` (${times(costGrowth)})`,
      met: costGrowth <= 1 + FLAT_BAND,
    });
  }
  // Files are read one at a time: the memory held while they are read must not follow their number.
  // The report rows (by agency and period), the log and the quarantine do grow, by design; the heap
  // kept after a full collection shows how much; the process's peak also holds the master being
  // written. Both are shown, the RSS over the files is judged.
  if (smallest !== undefined && largest !== undefined && largest.files > smallest.files) {
    const memoryGrowth = largest.filesPeakRssMb / smallest.filesPeakRssMb;
    const kept = (row: GrowthRow): string => (row.retainedMb === null ? '' : `, ${row.retainedMb.toFixed(0)} MB kept`);
    list.push({
      goal: `memory while reading files does not grow with them (${largest.files} files within ${FLAT_BAND * 100} % of ${smallest.files})`,
      value:
        growth.map((row) => `${row.filesPeakRssMb.toFixed(0)} MB at ${row.files}${kept(row)}`).join('; ') +
        ` (${times(memoryGrowth)}); peak with the master's writing ` +
        growth.map((row) => `${row.peakRssMb.toFixed(0)} MB`).join(', '),
      met: memoryGrowth <= 1 + FLAT_BAND,
    });
  }
  list.push({
    goal: `report computations < ${COMPUTE_GOAL_MS} ms (median of ${compute.runs})`,
    value: `${compute.medianMs.toFixed(0)} ms`,
    met: compute.medianMs < COMPUTE_GOAL_MS,
  });
  const mbOf = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  list.push({
    goal: 'Office.js: writing a master takes as many syncs for the national plan as for a small one',
    value: office.load.map((load) => `${load.syncs} syncs for ${load.tasks} tasks (${mbOf(load.totalBytes)})`).join(', '),
    met: new Set(office.load.map((load) => load.syncs)).size === 1,
  });
  list.push({
    goal: 'Office.js: consolidating takes as many syncs for many files as for few',
    value: office.consolidate.map((run) => `${run.syncs} syncs for ${run.files} files (${mbOf(run.totalBytes)} written)`).join(', '),
    met: office.consolidate.length < 2 ? null : new Set(office.consolidate.map((run) => run.syncs)).size === 1,
  });
  const largestRequest = Math.max(...office.load.map((load) => load.largestRequestBytes), ...office.consolidate.map((run) => run.largestRequestBytes));
  list.push({
    goal: 'every Office.js request under 5 MB',
    value: `largest ${(largestRequest / 1024 / 1024).toFixed(2)} MB`,
    met: largestRequest < office.requestLimitBytes,
  });
  return list;
}
