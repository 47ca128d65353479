/**
 * Tệp báo cáo trên đĩa — the command line's side of reading returned files: each path becomes a
 * source read only when its turn comes, through the byte gate and the exceljs adapter in a worker
 * thread with capped memory and time, so that a hostile file fails only its worker; a path that
 * cannot be read from disk at all is told apart before the run, so that it never reaches the
 * master's log as if it had been received.
 */
import { access as fsAccess, constants } from 'node:fs/promises';
import { basename } from 'node:path';
import type { ReturnedFileAccess, ReturnedFileSource } from '../../app/returnedFile';
import { createNodeWorkerParser } from '../../workbook/isolation/nodeWorker';
import { xlsxReadingParts } from '../../workbook/isolation/xlsxReading';
import { readBinaryFile } from './binaryFiles';

/** Reading through a worker (`DEFAULT_TIMEOUT_MS`, `DEFAULT_RESOURCE_LIMITS`); `close` it when the run is over. */
export function isolatedFileAccess(): ReturnedFileAccess & { close(): Promise<void> } {
  const isolated = createNodeWorkerParser();
  return { ...xlsxReadingParts(), isolated, close: () => isolated.close() };
}

export interface PathSource extends ReturnedFileSource {
  readonly path: string;
}

export interface Sources {
  readonly sources: readonly PathSource[];
  /** Paths that do not exist or cannot be read, with why. */
  readonly missing: readonly { readonly path: string; readonly reason_vi: string; readonly reason_en: string }[];
}

export async function pathSources(paths: readonly string[]): Promise<Sources> {
  const sources: PathSource[] = [];
  const missing: Sources['missing'][number][] = [];
  for (const path of paths) {
    try {
      await fsAccess(path, constants.R_OK);
    } catch {
      missing.push({
        path,
        reason_vi: `Không đọc được tệp "${path}" (không có tệp hoặc không có quyền đọc); đã bỏ qua tệp này.`,
        reason_en: `Cannot read "${path}" (no such file, or no permission to read it); it was skipped.`,
      });
      continue;
    }
    sources.push({
      path,
      fileName: basename(path),
      read: async () => {
        const bytes = await readBinaryFile(path);
        // The file was readable a moment ago; an empty read lets the gate report it as empty.
        return bytes.ok ? bytes.value : new Uint8Array(0);
      },
    });
  }
  return { sources, missing };
}
