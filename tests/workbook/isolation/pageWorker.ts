/**
 * A Web Worker as a page sees it (`postMessage`, `terminate`, `message` and `error` events), run in
 * this thread: inside it, the real worker side of the protocol around the `parse` it is given.
 * Messages cross by structured clone, as between a page and its worker.
 */
import { type ParseBytes, serveRequests } from '../../../src/workbook/isolation/protocol';

export class PageWorker extends EventTarget {
  terminated = false;
  private inside: ((message: unknown) => void) | null = null;

  /** `script-missing`: the worker's script cannot be loaded, as when its URL is wrong. */
  constructor(parse: ParseBytes | 'script-missing') {
    super();
    setTimeout(() => {
      if (parse === 'script-missing') this.fail('');
      else serveRequests({ post: (reply) => this.deliver('message', { data: structuredClone(reply) }), listen: (handler) => (this.inside = handler) }, parse);
    });
  }

  postMessage(message: unknown): void {
    const copy = structuredClone(message);
    setTimeout(() => {
      if (!this.terminated) this.inside?.(copy);
    });
  }

  terminate(): void {
    this.terminated = true;
  }

  /** What a browser does when the worker's script fails: an `error` event, cancelable. */
  fail(message: string): void {
    this.deliver('error', { message });
  }

  private deliver(type: string, fields: Record<string, unknown>): void {
    if (this.terminated) return;
    this.dispatchEvent(Object.assign(new Event(type, { cancelable: true }), fields));
  }
}

/** The fake where `createWebWorkerParser` expects a page's `Worker`. */
export const asWorker = (worker: PageWorker): Worker => worker as unknown as Worker;
