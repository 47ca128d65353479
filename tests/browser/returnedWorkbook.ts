/**
 * An agency's answers, typed into a workbook the pane made, the way an officer fills it in Excel:
 * here with exceljs in Node, so that the browser test can feed the file back through the pane.
 */
import ExcelJS from 'exceljs';

export interface TaskAnswers {
  readonly status: string;
  readonly percent: number | string | null;
  readonly completedOn: Date | string | null;
  readonly result: string;
}

/** Fills every task row of the `Nhiệm vụ` sheet with the answers `answer(rowIndex)` gives. */
export async function fillTasks(data: Buffer, answer: (rowIndex: number) => TaskAnswers): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(data as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  const sheet = workbook.getWorksheet('Nhiệm vụ');
  if (sheet === undefined) throw new Error('the workbook has no Nhiệm vụ sheet');
  const headerRow = findHeaderRow(sheet);
  const column = (header: string): number => {
    const found = (headerRow.values as unknown[]).findIndex((value) => value === header);
    if (found < 1) throw new Error(`no column ${header}`);
    return found;
  };
  const columns = {
    id: column('Mã'),
    status: column('Tình trạng'),
    percent: column('Tỷ lệ hoàn thành (%)'),
    completedOn: column('Ngày hoàn thành'),
    result: column('Kết quả thực hiện'),
  };
  for (let number = headerRow.number + 1, index = 0; number <= sheet.rowCount; number++) {
    const row = sheet.getRow(number);
    if (String(row.getCell(columns.id).value ?? '').trim() === '') continue;
    const answers = answer(index++);
    row.getCell(columns.status).value = answers.status;
    row.getCell(columns.percent).value = answers.percent;
    row.getCell(columns.completedOn).value = answers.completedOn;
    row.getCell(columns.result).value = answers.result;
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function findHeaderRow(sheet: ExcelJS.Worksheet): ExcelJS.Row {
  for (let number = 1; number <= Math.min(sheet.rowCount, 20); number++) {
    const row = sheet.getRow(number);
    if ((row.values as unknown[]).includes('Tình trạng')) return row;
  }
  throw new Error('no header row with Tình trạng');
}
