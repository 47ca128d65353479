/** Sổ theo dõi trên đĩa — opening the master; it is written back with `writeBinaryFile`. */
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
