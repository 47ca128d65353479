import { periodReportSheets } from '../../../src/layout/report';
import type { ReadCell, SheetGrid } from '../../../src/workbook/port';
import { createXlsx, openXlsx } from '../../../src/workbook/xlsx/xlsxWorkbook';
import { kg40, kg40Reports, kg40Tables, layouts } from './fixtures';

const sheets = () => periodReportSheets(kg40(), kg40Reports(), kg40Tables(), layouts(), { reportNumber: '215', reportDate: '2022-12-16' });

async function throughFile(): Promise<(name: string) => Promise<SheetGrid>> {
  const file = createXlsx();
  await file.writeSheets(sheets());
  const reopened = await openXlsx(await file.toArrayBuffer());
  return async (name) => {
    const grid = await reopened.readSheet(name);
    if (grid === null) throw new Error(`no sheet ${name}`);
    return grid;
  };
}

const rowOf = (grid: SheetGrid, column: number, value: ReadCell['value']): number =>
  grid.rows.findIndex((row) => row[column - 1]?.value === value) + 1;

describe('periodReportSheets', () => {
  it('gives the four computed sheets, then the three appendices in their order', () => {
    expect(sheets().map((sheet) => sheet.name)).toEqual([
      'Tuân thủ',
      'Đầu tư',
      'Tiến độ chỉ tiêu',
      'Kinh phí',
      'Phụ lục nhiệm vụ',
      'Phụ lục dự án',
      'Phụ lục chỉ tiêu',
    ]);
  });

  it('writes through the .xlsx adapter and reads back the appendix as written', async () => {
    const read = await throughFile();
    const grid = await read('Phụ lục dự án');
    expect(grid.rows[0]?.[0]?.value).toBe('ỦY BAN NHÂN DÂN\nTỈNH KIÊN GIANG');
    expect(rowOf(grid, 1, 'Phụ lục II')).toBeGreaterThan(0);
    expect(rowOf(grid, 1, '(Kèm theo Báo cáo số 215/BC-UBND ngày 16 tháng 12 năm 2022 của Ủy ban nhân dân tỉnh Kiên Giang)')).toBeGreaterThan(0);
    const header = rowOf(grid, 1, 'TT');
    const total = rowOf(grid, 2, 'Tổng cộng');
    const insee = grid.rows[header]?.map((cell) => cell?.value);
    expect(insee?.slice(0, 5)).toEqual([1, 'Đầu tư dây chuyền 2 của nhà máy xi măng INSEE', 'Công ty TNHH Siam City Cement VN', 'Huyện Kiên Lương', 7100]);
    expect(grid.rows[header]?.[4]?.numberFormat).toBe('#,##0.00');
    expect(grid.rows[total - 1]?.[4]?.formula).toBe(`SUM(E${header + 1}:E${total - 1})`);
    expect(grid.rows[total - 1]?.[7]?.formula).toBe(`IF(N(E${total})=0,"",G${total}/E${total})`);
    expect(grid.rows[total - 1]?.[7]?.numberFormat).toBe('0.0%');
  });

  it('reads back the group rows and restarting numbers of the task appendix', async () => {
    const grid = await (await throughFile())('Phụ lục nhiệm vụ');
    const header = rowOf(grid, 1, 'STT');
    const column = grid.rows.slice(header).map((row) => row[0]?.value);
    expect(column.slice(0, 6)).toEqual(['I', 1, 2, 3, 4, 'II']);
  });

  it('reads back the compliance totals as formulas', async () => {
    const grid = await (await throughFile())('Tuân thủ');
    const total = rowOf(grid, 2, 'Tổng cộng');
    const first = rowOf(grid, 1, 'I');
    expect(grid.rows[total - 1]?.[9]?.formula).toBe(`SUM(J${first}:J${total - 1})`);
  });
});
