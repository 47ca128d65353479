/**
 * Đọc tệp báo cáo — one returned file → its sha256 and its sheets as grids, or the reason it
 * cannot be read. The reading itself (gate, then parser, then grids: `parseReturnedBytes`) is
 * injected, so that this runs with the exceljs adapter in Node and in the browser alike, in this
 * thread or isolated in a worker.
 */
import type { Finding } from '../domain/finding';
import type { ReturnedWorkbook } from '../rules/validate/validateReturn';
import { parseReturnedBytes, type ReadingParts, type ReturnedFileParser } from '../workbook/isolation/parseReturnedBytes';

/** A returned file, its bytes read only when its turn comes. */
export interface ReturnedFileSource {
  readonly fileName: string;
  read(): Promise<Uint8Array>;
}

/** The gate (`inspect`) and the parser (`open`) that read returned files in this thread… */
export interface ReturnedFileAccess extends ReadingParts {
  /**
   * Cách ly — …or a worker that runs the same gate and parser (`createNodeWorkerParser`,
   * `createWebWorkerParser`), so that a hostile file can fail only its own worker. When given,
   * every file is read there and `inspect` and `open` are not called in this thread.
   */
  readonly isolated?: ReturnedFileParser;
}

export type OpenedReturn =
  | { readonly readable: false; readonly sha256: string; readonly findings: readonly Finding[] }
  | {
      readonly readable: true;
      readonly sha256: string;
      readonly workbook: ReturnedWorkbook;
      /** What the gate noted without refusing the file (an external link). */
      readonly findings: readonly Finding[];
    };

export async function sha256OfBytes(bytes: Uint8Array): Promise<string> {
  // A copy: Web Crypto takes only bytes backed by a plain ArrayBuffer.
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new Uint8Array(bytes));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

export async function openReturnedFile(source: ReturnedFileSource, access: ReturnedFileAccess): Promise<OpenedReturn> {
  const bytes = await source.read();
  const sha256 = await sha256OfBytes(bytes);
  const parsed =
    access.isolated === undefined ? await parseReturnedBytes(bytes, source.fileName, access) : await access.isolated.parse(bytes, source.fileName);
  if (!parsed.readable) return { readable: false, sha256, findings: parsed.findings };
  return { readable: true, sha256, workbook: { fileName: source.fileName, sheets: parsed.sheets }, findings: parsed.findings };
}
