/**
 * Sổ theo dõi trên đĩa — reading the master, and replacing it atomically: the new bytes go to
 * `<master>.tmp-<pid>` in the same folder, are flushed to disk, and the temporary file is renamed
 * over the master, so that a crash or a full disk leaves either the old master or the new one,
 * never half of one.
 */
import { open, rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import { type Parsed, parsed, rejected } from '../../domain/vn/result';
import type { WorkbookFile } from '../../workbook/port';
import { WorkbookLimitError, WorkbookReadError } from '../../workbook/errors';
import { openXlsx } from '../../workbook/xlsx/xlsxWorkbook';
import { readBinaryFile } from './binaryFiles';

export async function openMasterFile(path: string): Promise<Parsed<WorkbookFile>> {
  const bytes = await readBinaryFile(path);
  if (!bytes.ok) return bytes;
  try {
    return parsed(await openXlsx(bytes.value));
  } catch (error) {
    if (error instanceof WorkbookReadError || error instanceof WorkbookLimitError) {
      return rejected(`Sổ theo dõi "${path}": ${error.message_vi}`, `Master "${path}": ${error.message_en}`);
    }
    throw error;
  }
}

export async function replaceFileAtomically(path: string, data: ArrayBuffer): Promise<Parsed<true>> {
  const temporary = `${path}.tmp-${process.pid}`;
  try {
    const handle = await open(temporary, 'w');
    try {
      await handle.writeFile(new Uint8Array(data));
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, path);
    await syncFolder(dirname(path));
    return parsed(true);
  } catch {
    await rm(temporary, { force: true }).catch(() => undefined);
    return rejected(
      `Không ghi được sổ theo dõi "${path}"; tệp cũ được giữ nguyên. Kiểm tra quyền ghi, chỗ trống trên đĩa, và đóng tệp nếu đang mở trong Excel.`,
      `Cannot write the master "${path}"; the old file is unchanged. Check the permission to write and the free space, and close the file if Excel has it open.`,
    );
  }
}

/** Makes the rename itself durable where the system allows a folder to be flushed (not Windows). */
async function syncFolder(folder: string): Promise<void> {
  try {
    const handle = await open(folder, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Flushing a folder is not supported everywhere; the rename has happened either way.
  }
}
