import ExcelJS from 'exceljs';
import { ANNOTATION_SHEET, annotatedFileName, writeAnnotatedCopy } from '../../src/app/annotate';
import type { Finding } from '../../src/domain/finding';
import { createXlsx, openXlsx } from '../../src/workbook/xlsx/xlsxWorkbook';
import { hasLibreOffice, renderXlsx } from '../support/libreoffice';
import { type Edit, edited, fillValid, layouts, returned, sentFile, setRow, sheetOf, validated } from '../rules/validate/returns';

const mistakes: readonly Edit[] = [
  fillValid,
  setRow('Nhiệm vụ', 'I.1', { 'Tình trạng': 'Tốt' }),
  setRow('Nhiệm vụ', 'I.2', { 'Tỷ lệ hoàn thành (%)': { formula: '30+30', result: 60 } }),
  setRow('Nhiệm vụ', 'II.3', { 'Kết quả thực hiện': '=> Đã rà soát 12 thủ tục.' }),
  (book) => {
    sheetOf(book, '_meta').getCell('B5').value = '0.9';
  },
];

async function annotated() {
  const sent = await sentFile();
  const bytes = await edited(sent.bytes, ...mistakes);
  const result = await validated(bytes, sent.fileName);
  const copy = await writeAnnotatedCopy(await returned(bytes, sent.fileName), result.findings, layouts, createXlsx());
  return { findings: result.findings, copy, fileName: sent.fileName };
}

const placeOf = (finding: Finding) => `${finding.code} ${finding.sheet ?? ''}!${finding.cell ?? ''}`;

describe('annotatedFileName', () => {
  it('adds what the copy is to the name, keeping it ASCII', () => {
    expect(annotatedFileName('2022_So-CT.xlsx')).toBe('2022_So-CT_loi-can-sua.xlsx');
    expect(annotatedFileName('C:\\bao cao\\STC 2022.XLSX')).toBe('STC 2022_loi-can-sua.xlsx');
  });
});

describe('writeAnnotatedCopy', () => {
  it('puts the list of findings first, each linked to its cell', async () => {
    const { findings, copy } = await annotated();
    expect(findings.map(placeOf)).toEqual(['stale-template !', 'invalid-enum Nhiệm vụ!E4', 'formula-injection Nhiệm vụ!F5', 'formula-injection Nhiệm vụ!H6']);
    const port = await openXlsx(copy);
    const sheets = await port.listSheets();
    expect(sheets.map((sheet) => `${sheet.name} ${sheet.state}`)).toEqual([
      `${ANNOTATION_SHEET} visible`,
      'Hướng dẫn visible',
      'Nhiệm vụ visible',
      'Dự án visible',
      'Chỉ tiêu visible',
      '_meta veryHidden',
    ]);
    const list = await port.readSheet(ANNOTATION_SHEET);
    const rows = (list?.rows ?? []).slice(5).map((row) => row.map((cell) => cell?.value ?? null));
    expect(rows.map((row) => [row[1], row[2], row[3], row[4]])).toEqual([
      ['Lỗi', 'invalid-enum', 'Nhiệm vụ', 'E4'],
      ['Lỗi', 'formula-injection', 'Nhiệm vụ', 'F5'],
      ['Cảnh báo', 'stale-template', '', ''],
      ['Cảnh báo', 'formula-injection', 'Nhiệm vụ', 'H6'],
    ]);
    expect((list?.rows ?? [])[5]?.[4]?.hyperlink).toBe("'Nhiệm vụ'!E4");
    expect((list?.rows ?? [])[8]?.[4]?.hyperlink).toBe("'Nhiệm vụ'!H6");
  });

  it('fills each cell with a finding (red for errors, yellow for warnings) and notes the message in both languages', async () => {
    const { copy } = await annotated();
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(copy);
    const tasks = sheetOf(book, 'Nhiệm vụ');
    const fill = (address: string) => (tasks.getCell(address).fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb;
    expect(fill('E4')).toBe('FFFFC7CE');
    expect(fill('F5')).toBe('FFFFC7CE');
    expect(fill('H6')).toBe('FFFFEB9C');
    expect(fill('E5')).not.toBe('FFFFC7CE');
    const note = String(tasks.getCell('E4').note === undefined ? '' : JSON.stringify(tasks.getCell('E4').note));
    expect(note).toContain('không phải một giá trị của danh sách');
    expect(note).toContain('is not a value of the list');
    // The pasted formula is kept as its text, never as a formula.
    expect(tasks.getCell('F5').value).toBe('=30+30');
    expect(tasks.getCell('F5').formula).toBeUndefined();
    expect(tasks.getCell('E4').value).toBe('Tốt');
    expect(tasks.getCell('E4').protection?.locked).toBe(false);
    expect(tasks.getCell('B4').protection?.locked ?? true).toBe(true);
  });

  it('can be corrected by the agency and read back at the same addresses', async () => {
    const { findings, copy, fileName } = await annotated();
    const again = await validated(copy, fileName);
    expect(again.findings.map(placeOf)).toEqual(findings.map(placeOf));
    const fixed = await edited(copy, setRow('Nhiệm vụ', 'I.1', { 'Tình trạng': 'Hoàn thành', 'Tỷ lệ hoàn thành (%)': 100, 'Ngày hoàn thành': '15/11/2022' }), setRow('Nhiệm vụ', 'I.2', { 'Tỷ lệ hoàn thành (%)': 60 }));
    expect((await validated(fixed, fileName)).findings.map(placeOf)).toEqual(['stale-template !', 'formula-injection Nhiệm vụ!H6']);
  });

  (hasLibreOffice() ? it : it.skip)(
    'opens and prints in LibreOffice',
    async () => {
      const { copy } = await annotated();
      const rendered = await renderXlsx(copy, 'annotated');
      expect(rendered.pngs.length).toBeGreaterThanOrEqual(3);
    },
    120_000,
  );
});
