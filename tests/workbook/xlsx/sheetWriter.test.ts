import ExcelJS from 'exceljs';
import type { CellStyle, SheetSpec } from '../../../src/workbook/port';
import { DEFAULT_COLUMN_WIDTH, rowHeight } from '../../../src/layout/rowHeight';
import { createXlsx } from '../../../src/workbook/xlsx/xlsxWorkbook';

const TASK =
  'Xây dựng và hoàn chỉnh phương án phát triển công nghiệp để tích hợp vào quy hoạch tỉnh ' +
  'thời kỳ 2021-2030, tầm nhìn đến năm 2050.';
const wrapped: CellStyle = { fontName: 'Times New Roman', fontSize: 12, wrap: true, vertical: 'top' };

/** Writes the sheet and reads its row heights back from the file. */
async function heights(spec: SheetSpec): Promise<(row: number) => number | undefined> {
  const file = createXlsx();
  await file.writeSheets([spec]);
  const excel = new ExcelJS.Workbook();
  await excel.xlsx.load((await file.toArrayBuffer()) as unknown as Parameters<ExcelJS.Workbook['xlsx']['load']>[0]);
  const ws = excel.getWorksheet(spec.name);
  return (row) => ws?.getRow(row).height;
}

describe('writeSheet row heights', () => {
  it('sizes the rows of a table to their wrapped text, the header row included', async () => {
    const height = await heights({
      name: 'Nhiệm vụ',
      blocks: [
        {
          kind: 'table',
          at: 'A1',
          table: {
            name: 'NhiemVu',
            headerStyle: { ...wrapped, bold: true },
            columns: [
              { header: 'Mã', width: 8 },
              { header: 'Nội dung nhiệm vụ', width: 55, style: wrapped },
              { header: 'Thời gian thực hiện', width: 12, style: wrapped },
            ],
            rows: [
              ['I.1', TASK, '2022'],
              ['I.2', 'Rà soát quy hoạch', '2022-2025'],
            ],
          },
        },
      ],
    });
    expect(height(1)).toBe(rowHeight([{ text: 'Thời gian thực hiện', width: 12, fontSize: 12, bold: true }]));
    expect(height(1)).toBeGreaterThan(rowHeight([{ text: 'Mã', width: 12, fontSize: 12 }]));
    expect(height(2)).toBe(rowHeight([{ text: TASK, width: 55, fontSize: 12 }]));
    expect(height(3)).toBe(rowHeight([{ text: 'Rà soát quy hoạch', width: 55, fontSize: 12 }]));
    expect(height(2)).toBeGreaterThan(height(3) ?? Infinity);
  });

  it('leaves rows without wrapped cells to the default height', async () => {
    const height = await heights({
      name: 'Mã',
      blocks: [{ kind: 'table', at: 'A1', table: { name: 'Ma', columns: [{ header: 'Mã' }], rows: [[TASK]] } }],
    });
    expect(height(1)).toBeUndefined();
    expect(height(2)).toBeUndefined();
  });

  it('uses the sheet column width, or Excel default width when none is given', async () => {
    const height = await heights({
      name: 'Ghi chú',
      columnWidths: [30],
      blocks: [{ kind: 'cells', at: 'A1', rows: [[{ value: TASK, style: wrapped }, { value: TASK, style: wrapped }]] }],
    });
    const inSheetWidth = { text: TASK, width: 30, fontSize: 12 };
    const inDefaultWidth = { text: TASK, width: DEFAULT_COLUMN_WIDTH, fontSize: 12 };
    expect(height(1)).toBe(rowHeight([inSheetWidth, inDefaultWidth]));
    expect(height(1)).toBeGreaterThan(rowHeight([inSheetWidth]));
  });

  it('wraps merged cells in the width of all their columns and shares a tall merge among its rows', async () => {
    const height = await heights({
      name: 'Phụ lục',
      columnWidths: [10, 20, 25],
      blocks: [
        {
          kind: 'cells',
          at: 'A1',
          rows: [
            [{ value: TASK, style: wrapped }, null, null],
            [{ value: TASK, style: wrapped }, { value: 'Sở Công Thương', style: wrapped }, null],
            [null, null, null],
          ],
          merges: ['A1:C1', 'A2:A3'],
        },
      ],
    });
    expect(height(1)).toBe(rowHeight([{ text: TASK, width: 55, fontSize: 12 }]));
    expect(height(2)).toBe(rowHeight([{ text: TASK, width: 10, fontSize: 12, rows: 2 }]));
    expect(height(3)).toBe(height(2));
  });

  it('keeps the heights a cells block states, even where the text would need more', async () => {
    const height = await heights({
      name: 'Tiêu đề',
      columnWidths: [20],
      blocks: [
        {
          kind: 'cells',
          at: 'A1',
          rows: [[{ value: TASK, style: wrapped }], [{ value: TASK, style: wrapped }]],
          rowHeights: { 0: 24 },
        },
      ],
    });
    expect(height(1)).toBe(24);
    expect(height(2)).toBe(rowHeight([{ text: TASK, width: 20, fontSize: 12 }]));
  });
});
