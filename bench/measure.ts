/** Clocks and memory for the bench: wall time in milliseconds, medians, and a process's peak resident memory. */
import { performance } from 'node:perf_hooks';

export const now = (): number => performance.now();

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

const MB = 1024 * 1024;

export const rssMb = (): number => process.memoryUsage.rss() / MB;

/** This process's peak resident memory so far: the kernel's high-water mark, which no sampling can miss. */
export const peakRssMb = (): number => Math.max((process.resourceUsage().maxRSS * 1024) / MB, rssMb());
