/** Workbook files on disk: read whole, and written next to the target then renamed over it. */
import { access, open, readFile, rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import { type Parsed, parsed, rejected } from '../../domain/vn/result';

export async function readBinaryFile(path: string): Promise<Parsed<Uint8Array>> {
  try {
    return parsed(new Uint8Array(await readFile(path)));
  } catch {
    return rejected(
      `Không đọc được tệp "${path}". Kiểm tra tên tệp và quyền đọc.`,
      `Cannot read "${path}". Check the file name and the permission to read.`,
    );
  }
}

export async function fileExists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * Writes atomically: the bytes go to `<path>.tmp-<pid>` in the same folder, are flushed to disk,
 * and the temporary file is renamed over the target, so that a crash, a kill or a full disk
 * leaves either the old file or the new one, never half of one. Leftovers of a killed run carry
 * another pid and are never mistaken for the file.
 */
export async function writeBinaryFile(path: string, data: ArrayBuffer): Promise<Parsed<true>> {
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
      `Không ghi được tệp "${path}"; tệp cũ (nếu có) được giữ nguyên. Kiểm tra thư mục, quyền ghi, chỗ trống trên đĩa, và đóng tệp nếu đang mở trong Excel.`,
      `Cannot write "${path}"; the old file, if any, is unchanged. Check the folder, the permission to write and the free space, and close the file if Excel has it open.`,
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
