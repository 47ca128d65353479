/** Workbook files on disk: read whole, and written next to the target then renamed over it. */
import { access, readFile, rename, rm, writeFile } from 'node:fs/promises';
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

/** A failed write never leaves half a file where the old one was. */
export async function writeBinaryFile(path: string, data: ArrayBuffer): Promise<Parsed<true>> {
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    await writeFile(temporary, new Uint8Array(data));
    await rename(temporary, path);
    return parsed(true);
  } catch {
    await rm(temporary, { force: true }).catch(() => undefined);
    return rejected(
      `Không ghi được tệp "${path}". Kiểm tra thư mục, quyền ghi, và đóng tệp nếu đang mở trong Excel.`,
      `Cannot write "${path}". Check the folder and the permission to write, and close the file if Excel has it open.`,
    );
  }
}
