/**
 * What passes between the reading thread and a parsing worker, Node's or the browser's: plain data
 * only (structured clone). The worker says `ready` once it has loaded, then answers each `parse`
 * request with the file's grids, or with `crashed` when the parser threw — on hostile bytes
 * exceljs throws plain errors (a stack overflow, a `TypeError`), and such a file must fail alone.
 */
import type { ParsedReturn } from './parseReturnedBytes';

export interface ParseRequest {
  readonly kind: 'parse';
  readonly bytes: Uint8Array;
  readonly fileName: string;
}

export type WorkerReply =
  | { readonly kind: 'ready' }
  | { readonly kind: 'parsed'; readonly result: ParsedReturn }
  | { readonly kind: 'crashed'; readonly detail: string };

export type ParseBytes = (bytes: Uint8Array, fileName: string) => Promise<ParsedReturn>;

const kindOf = (value: unknown): unknown => (typeof value === 'object' && value !== null ? (value as { kind?: unknown }).kind : undefined);

export const isWorkerReply = (value: unknown): value is WorkerReply => ['ready', 'parsed', 'crashed'].includes(String(kindOf(value)));

export function isParseRequest(value: unknown): value is ParseRequest {
  if (kindOf(value) !== 'parse') return false;
  const request = value as { bytes?: unknown; fileName?: unknown };
  return request.bytes instanceof Uint8Array && typeof request.fileName === 'string';
}

/** How a worker's code talks to the thread that started it (`parentPort`, the worker's `self`). */
export interface WorkerSide {
  post(reply: WorkerReply): void;
  listen(handler: (message: unknown) => void): void;
}

/** The worker's side: answers every request, then says it is ready for them. */
export function serveRequests(side: WorkerSide, parse: ParseBytes): void {
  side.listen((message) => void answer(message, side, parse));
  side.post({ kind: 'ready' });
}

async function answer(message: unknown, side: WorkerSide, parse: ParseBytes): Promise<void> {
  if (!isParseRequest(message)) {
    side.post({ kind: 'crashed', detail: 'not a parse request' });
    return;
  }
  try {
    side.post({ kind: 'parsed', result: await parse(message.bytes, message.fileName) });
  } catch (error) {
    side.post({ kind: 'crashed', detail: error instanceof Error ? `${error.name}: ${error.message}` : String(error) });
  }
}
