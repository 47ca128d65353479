/**
 * Cách ly trong Node — the command line reads each returned file in a `worker_threads` Worker with
 * capped resources: its JavaScript heap (`maxOldGenerationSizeMb`, `maxYoungGenerationSizeMb`) and
 * its stack (`stackSizeMb`), and a time limit per file after which the worker is terminated. A
 * hostile file can then only fail its own worker: out of memory it is `file-too-large`, a crash or
 * a timeout `file-unreadable`, and the next file is read by a fresh worker. The heap cap does not
 * count the bytes of buffers (a part being inflated); those are bounded by the gate's byte limits.
 */
import { extname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { IsolatedParser } from './parseReturnedBytes';
import { sourceWorkerCode } from './sourceWorker';
import { createWorkerParser, DEFAULT_TIMEOUT_MS, type WorkerEvents, type WorkerHandle, type WorkerStop } from './workerParser';
import type { ReadingLimits } from './xlsxReading';

export interface NodeResourceLimits {
  readonly maxOldGenerationSizeMb: number;
  readonly maxYoungGenerationSizeMb: number;
  readonly stackSizeMb: number;
}

/** A returned file is an agency's answers to one plan: a few MB of heap; 512 MB is far beyond any honest one. */
export const DEFAULT_RESOURCE_LIMITS: NodeResourceLimits = { maxOldGenerationSizeMb: 512, maxYoungGenerationSizeMb: 32, stackSizeMb: 4 };

export interface NodeWorkerOptions {
  /** How long one file may take, in milliseconds. */
  readonly timeoutMs?: number;
  readonly resourceLimits?: Partial<NodeResourceLimits>;
  /** The gate's and the parser's limits inside the worker. */
  readonly limits?: ReadingLimits;
  /**
   * A module exporting `parseReturnedBytes(bytes, fileName)`, run in the worker instead of the real
   * reading: how tests make a file exhaust, crash or hang its worker.
   */
  readonly parserModule?: string;
}

/** What a worker is started with (plain data). */
export interface NodeWorkerData {
  readonly limits: ReadingLimits;
  readonly parserModule?: string;
}

/** Under ts-jest this module is its TypeScript source, and so is the worker's entry. */
const FROM_SOURCES = extname(__filename) === '.ts';
const ENTRY = join(__dirname, FROM_SOURCES ? 'nodeWorkerEntry.ts' : 'nodeWorkerEntry.js');

export function createNodeWorkerParser(options: NodeWorkerOptions = {}): IsolatedParser {
  const resourceLimits = { ...DEFAULT_RESOURCE_LIMITS, ...options.resourceLimits };
  const workerData: NodeWorkerData = {
    limits: options.limits ?? {},
    ...(options.parserModule === undefined ? {} : { parserModule: options.parserModule }),
  };
  return createWorkerParser((events) => startNodeWorker(events, resourceLimits, workerData), {
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
  });
}

function startNodeWorker(events: WorkerEvents, resourceLimits: NodeResourceLimits, workerData: NodeWorkerData): WorkerHandle {
  const worker = FROM_SOURCES
    ? new Worker(sourceWorkerCode(ENTRY), { eval: true, workerData, resourceLimits })
    : new Worker(ENTRY, { workerData, resourceLimits });
  let ended = false;
  const stopped = (stop: WorkerStop): void => {
    if (ended) return;
    ended = true;
    events.stopped(stop);
  };
  worker.on('message', (data: unknown) => events.message(data));
  worker.on('messageerror', (error: Error) => stopped({ kind: 'crashed', detail: `${error.name}: ${error.message}` }));
  worker.on('error', (error: Error) =>
    stopped(
      (error as { code?: unknown }).code === 'ERR_WORKER_OUT_OF_MEMORY'
        ? { kind: 'out-of-memory', limitMb: resourceLimits.maxOldGenerationSizeMb }
        : { kind: 'crashed', detail: `${error.name}: ${error.message}` },
    ),
  );
  worker.on('exit', (code: number) => stopped({ kind: 'crashed', detail: `the worker exited with code ${code}` }));
  return {
    post: (request) => worker.postMessage(request),
    terminate: async () => {
      ended = true;
      await worker.terminate();
    },
    setBusy: (busy) => (busy ? worker.ref() : worker.unref()),
  };
}
