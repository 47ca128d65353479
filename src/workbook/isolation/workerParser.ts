/**
 * Một tệp, một lần đọc cách ly — a parser that reads each returned file in a worker, one file at a
 * time, and outlives any file that brings its worker down. A worker is started once and kept for
 * the next file while it stays healthy; when a file runs it out of memory, crashes it or takes
 * longer than the time allowed, that worker is ended, the file gets the finding that says so, and
 * the next file gets a new worker. A worker that cannot even start is a fault of the tool, not of
 * a file: the parse is rejected. Node's and the browser's workers plug in through `StartWorker`.
 */
import { WORKER_NOT_STARTED, type WorkerFailure, workerFailureFinding } from './messages';
import type { IsolatedParser, ParsedReturn } from './parseReturnedBytes';
import { isWorkerReply, type ParseRequest } from './protocol';

/** A failure the worker reports by itself; a timeout is judged here. */
export type WorkerStop = Exclude<WorkerFailure, { readonly kind: 'timeout' }>;

export interface WorkerEvents {
  /** A message from the worker. */
  message(data: unknown): void;
  /** The worker stopped without being asked: out of memory, an uncaught error, an exit. */
  stopped(stop: WorkerStop): void;
}

/** A started worker, as both Node's and the browser's can be driven. */
export interface WorkerHandle {
  post(request: ParseRequest): void;
  /** Ends the worker; it reports nothing afterwards. */
  terminate(): Promise<void>;
  /** Busy: keeps the program alive while waiting on the worker (Node); idle: lets it exit. */
  setBusy(busy: boolean): void;
}

export type StartWorker = (events: WorkerEvents) => WorkerHandle;

export interface WorkerParserOptions {
  /** How long one file may take, in milliseconds. */
  readonly timeoutMs: number;
}

/** An honest file is read in a second or two. */
export const DEFAULT_TIMEOUT_MS = 60_000;
/** A worker loads its code in a second or two; one that has not in a minute never will. */
export const START_TIMEOUT_MS = 60_000;

/** Thrown when no worker can be started: the reading cannot happen at all. */
export class WorkerStartError extends Error {
  override readonly name = 'WorkerStartError';
  readonly message_vi = WORKER_NOT_STARTED.vi;
  readonly message_en = WORKER_NOT_STARTED.en;

  constructor(detail: string) {
    super(`${WORKER_NOT_STARTED.en} (${detail})`);
  }
}

type Outcome = { readonly kind: 'message'; readonly data: unknown } | { readonly kind: 'stopped'; readonly stop: WorkerStop } | { readonly kind: 'timeout' };

/** One worker and whoever is waiting on it. */
class RunningWorker {
  private waiting: ((outcome: Outcome) => void) | null = null;
  private stop: WorkerStop | null = null;
  readonly handle: WorkerHandle;

  constructor(start: StartWorker) {
    this.handle = start({
      message: (data) => this.deliver({ kind: 'message', data }),
      stopped: (stop) => {
        this.stop ??= stop;
        this.deliver({ kind: 'stopped', stop });
      },
    });
  }

  /** Stopped by itself while idle (the next file needs another worker). */
  get stopped(): boolean {
    return this.stop !== null;
  }

  /** The worker's next message or stop, or a timeout after `ms`; `request` is posted first when given. */
  next(ms: number, request?: ParseRequest): Promise<Outcome> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => this.deliver({ kind: 'timeout' }), ms);
      this.waiting = (outcome) => {
        clearTimeout(timer);
        this.handle.setBusy(false);
        resolve(outcome);
      };
      this.handle.setBusy(true);
      if (request !== undefined) this.handle.post(request);
    });
  }

  private deliver(outcome: Outcome): void {
    const waiting = this.waiting;
    this.waiting = null;
    waiting?.(outcome);
  }
}

export function createWorkerParser(start: StartWorker, options: WorkerParserOptions): IsolatedParser {
  let current: RunningWorker | null = null;
  let queue: Promise<unknown> = Promise.resolve();
  const seconds = Math.ceil(options.timeoutMs / 1000);

  const retire = async (worker: RunningWorker): Promise<void> => {
    if (current === worker) current = null;
    await worker.handle.terminate();
  };

  async function ready(): Promise<RunningWorker> {
    if (current !== null && !current.stopped) return current;
    if (current !== null) await retire(current);
    let worker: RunningWorker;
    try {
      worker = new RunningWorker(start);
    } catch (error) {
      throw new WorkerStartError(String(error));
    }
    const outcome = await worker.next(START_TIMEOUT_MS);
    if (outcome.kind === 'message' && isWorkerReply(outcome.data) && outcome.data.kind === 'ready') {
      current = worker;
      return worker;
    }
    await worker.handle.terminate();
    throw new WorkerStartError(describe(outcome));
  }

  async function parseOne(bytes: Uint8Array, fileName: string): Promise<ParsedReturn> {
    const worker = await ready();
    const outcome = await worker.next(options.timeoutMs, { kind: 'parse', bytes, fileName });
    if (outcome.kind === 'message' && isWorkerReply(outcome.data) && outcome.data.kind === 'parsed') return outcome.data.result;
    await retire(worker);
    const failure: WorkerFailure =
      outcome.kind === 'timeout'
        ? { kind: 'timeout', seconds }
        : outcome.kind === 'stopped'
          ? outcome.stop
          : { kind: 'crashed', detail: describe(outcome) };
    return { readable: false, findings: [workerFailureFinding(failure, fileName)] };
  }

  return {
    parse(bytes, fileName) {
      const parsed = queue.then(() => parseOne(bytes, fileName));
      queue = parsed.catch(() => undefined);
      return parsed;
    },
    async close() {
      await queue;
      if (current !== null) await retire(current);
    },
  };
}

function describe(outcome: Outcome): string {
  switch (outcome.kind) {
    case 'timeout':
      return 'no answer in time';
    case 'stopped':
      return outcome.stop.kind === 'crashed' ? outcome.stop.detail : 'out of memory';
    case 'message':
      return isWorkerReply(outcome.data) && outcome.data.kind === 'crashed' ? outcome.data.detail : 'unexpected message';
  }
}
