/**
 * Cách ly trong trình duyệt — the task pane reads each returned file in a Web Worker
 * (`webWorkerEntry.ts`), so that a hostile file can neither freeze the pane nor take down more
 * than its own worker: a file that takes longer than the time allowed has its worker terminated
 * and is `file-unreadable`, as is one whose worker dies (an `error` event); the next file gets a
 * new worker. Browsers give a page no way to cap a worker's memory: there, what bounds it is the
 * gate's limits on bytes, parts and cells, checked before exceljs sees the file.
 */
import type { IsolatedParser } from './parseReturnedBytes';
import { createWorkerParser, DEFAULT_TIMEOUT_MS, type WorkerEvents, type WorkerHandle } from './workerParser';

/** The worker's script (its URL), or how to make the worker (e.g. a bundler's `new Worker(…)`). */
export type WebWorkerSource = string | URL | (() => Worker);

export interface WebWorkerOptions {
  /** How long one file may take, in milliseconds. */
  readonly timeoutMs?: number;
}

export function createWebWorkerParser(source: WebWorkerSource, options: WebWorkerOptions = {}): IsolatedParser {
  const make = typeof source === 'function' ? source : () => new Worker(source, { name: 'plan-tracker-parser' });
  return createWorkerParser((events) => startWebWorker(make(), events), { timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS });
}

function startWebWorker(worker: Worker, events: WorkerEvents): WorkerHandle {
  let ended = false;
  const crashed = (detail: string): void => {
    if (ended) return;
    ended = true;
    events.stopped({ kind: 'crashed', detail });
  };
  worker.addEventListener('message', (event: MessageEvent<unknown>) => events.message(event.data));
  worker.addEventListener('messageerror', () => crashed('a message from the worker could not be read'));
  worker.addEventListener('error', (event: ErrorEvent) => {
    // Handled here: the file gets a finding, the page's console no uncaught error.
    event.preventDefault();
    crashed(event.message === '' ? 'the worker failed' : event.message);
  });
  return {
    post: (request) => worker.postMessage(request),
    terminate: async () => {
      ended = true;
      worker.terminate();
    },
    // A page is not a process: nothing to keep alive.
    setBusy: () => undefined,
  };
}
