/**
 * Ngân sách mỗi lần gửi — Excel on the web turns every `context.sync()` into one network request
 * and rejects a request over 5 MB. A write is planned as a list of steps whose size is measured
 * (the JSON of what they send) before anything is queued; steps are packed into as few requests as
 * the budget allows, so the number of syncs grows with the bytes written, never with rows as such.
 */
import { z } from 'zod';

/** Excel on the web rejects a request larger than this. */
export const EXCEL_WEB_REQUEST_LIMIT = 5 * 1024 * 1024;
/** What one request may carry: below the limit, leaving room for Office.js's own framing. */
export const DEFAULT_REQUEST_BUDGET = 4 * 1024 * 1024;

/** Smallest budget accepted: enough for any one cell (32,767 characters, escaped) and its format. */
export const MIN_REQUEST_BUDGET = 256 * 1024;
export const RequestBudget = z.number().int().min(MIN_REQUEST_BUDGET).max(EXCEL_WEB_REQUEST_LIMIT);

/** What Office.js adds around each queued operation (object path, action, ids), generously. */
export const OPERATION_BYTES = 300;

/** Bytes of a string as UTF-8, without allocating. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

export const jsonBytes = (value: unknown): number => utf8Length(JSON.stringify(value) ?? 'null');

/** A rectangle of a 2-D payload, 0-based from the payload's top-left cell, and its JSON size. */
export interface Chunk {
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
  readonly bytes: number;
}

/**
 * Splits same-sized 2-D arrays (values, number formats) into chunks of whole rows whose JSON stays
 * within `target` bytes; a single row larger than that is split into runs of columns. A chunk's
 * `bytes` is the exact size of its arrays' JSON.
 */
export function chunkRows(arrays: readonly (readonly (readonly unknown[])[])[], target: number): Chunk[] {
  const height = arrays[0]?.length ?? 0;
  const width = arrays[0]?.[0]?.length ?? 0;
  // Each array adds `[` `]`, and a comma after every row but its last.
  const empty = arrays.length;
  const chunks: Chunk[] = [];
  let start = 0;
  let bytes = empty;
  const flush = (end: number): void => {
    if (end > start) chunks.push({ row: start, col: 0, rows: end - start, cols: width, bytes });
    start = end;
    bytes = empty;
  };
  for (let r = 0; r < height; r++) {
    const size = arrays.reduce((sum, a) => sum + jsonBytes(a[r]) + 1, 0);
    if (empty + size > target) {
      flush(r);
      chunks.push(...splitRow(arrays, r, width, target));
      start = r + 1;
      continue;
    }
    if (bytes + size > target) flush(r);
    bytes += size;
  }
  flush(height);
  return chunks;
}

function splitRow(arrays: readonly (readonly (readonly unknown[])[])[], row: number, width: number, target: number): Chunk[] {
  // Each array adds `[[` `]]`, and a comma after every cell but its last.
  const empty = 3 * arrays.length;
  const chunks: Chunk[] = [];
  let start = 0;
  let bytes = empty;
  for (let c = 0; c < width; c++) {
    const size = arrays.reduce((sum, a) => sum + jsonBytes(a[row][c]) + 1, 0);
    if (c > start && bytes + size > target) {
      chunks.push({ row, col: start, rows: 1, cols: c - start, bytes });
      start = c;
      bytes = empty;
    }
    bytes += size;
  }
  chunks.push({ row, col: start, rows: 1, cols: width - start, bytes });
  return chunks;
}

export const slice2d = <T>(array: readonly (readonly T[])[], chunk: Chunk): T[][] =>
  array.slice(chunk.row, chunk.row + chunk.rows).map((row) => row.slice(chunk.col, chunk.col + chunk.cols));

/** One part of a write: what it queues, and the bytes it adds to the request. */
export interface WriteStep {
  readonly bytes: number;
  readonly queue: () => void;
}

/** A step of `operations` queued operations carrying `payloadBytes` of data. */
export const writeStep = (operations: number, payloadBytes: number, queue: () => void): WriteStep => ({
  bytes: operations * OPERATION_BYTES + payloadBytes,
  queue,
});

/** Greedy packing in order: a request is closed when the next step would not fit. */
export function packRequests(steps: readonly WriteStep[], budget: number): WriteStep[][] {
  const requests: WriteStep[][] = [];
  let current: WriteStep[] = [];
  let bytes = 0;
  for (const step of steps) {
    if (current.length > 0 && bytes + step.bytes > budget) {
      requests.push(current);
      current = [];
      bytes = 0;
    }
    current.push(step);
    bytes += step.bytes;
  }
  if (current.length > 0) requests.push(current);
  return requests;
}
