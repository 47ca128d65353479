/**
 * Safety bounds — not performance measurements: a hostile file must not hang the officer's
 * machine or exhaust its memory, so each run is measured (wall time, and the heap's growth at its
 * highest, sampled whenever the event loop turns) and held to limits far above what a run takes.
 */

/** Seconds one file may take through the whole pipeline. */
export const MAX_SECONDS = 20;
/** Bytes the heap may grow by while one file goes through the pipeline. */
export const MAX_HEAP_GROWTH_BYTES = 300 * 1024 * 1024;

export interface Measured<T> {
  readonly value: T;
  readonly seconds: number;
  readonly heapGrowthBytes: number;
}

export async function measured<T>(run: () => Promise<T>): Promise<Measured<T>> {
  const start = process.memoryUsage().heapUsed;
  let peak = start;
  const sample = () => {
    peak = Math.max(peak, process.memoryUsage().heapUsed);
  };
  const sampler = setInterval(sample, 5);
  const began = performance.now();
  try {
    const value = await run();
    sample();
    return { value, seconds: (performance.now() - began) / 1000, heapGrowthBytes: peak - start };
  } finally {
    clearInterval(sampler);
  }
}
