/** Mở trong Excel — a workbook made by the pane, opened as a new workbook in Excel (ExcelApi 1.8). */
import { toBase64 } from '../files/base64';

export async function openInExcel(data: ArrayBuffer): Promise<void> {
  await Excel.createWorkbook(toBase64(data));
}
