/**
 * Returned workbooks built in code: the real agency workbook for the sample plan (made by
 * `makeAgencyWorkbooks`, written by the exceljs adapter), then filled in or broken with exceljs as
 * an official's Excel would, then read back through the port as the validator sees it.
 */
import ExcelJS from 'exceljs';
import { parsePeriod, type Period } from '../../../src/domain/period';
import type { Plan } from '../../../src/domain/plan';
import { makeAgencyWorkbooks } from '../../../src/layout/agencyWorkbook';
import { createExpectations } from '../../../src/rules/validate/expected';
import type { ValidatedReturn } from '../../../src/rules/validate/model';
import { type ReturnedWorkbook, validateReturn } from '../../../src/rules/validate/validateReturn';
import type { SheetGrid } from '../../../src/workbook/port';
import { createXlsx, openXlsx } from '../../../src/workbook/xlsx/xlsxWorkbook';
import { samplePlan, shippedLayouts } from '../../layout/fixtures';

export const layouts = shippedLayouts();

export function period(id: string): Period {
  const read = parsePeriod(id);
  if (!read.ok) throw new Error(read.reason_en);
  return read.value;
}

export interface SentFile {
  readonly fileName: string;
  readonly bytes: ArrayBuffer;
}

/** The workbook sent to an agency, as bytes. */
export async function sentFile(agencyId = 'kg.sct', periodId = '2022', plan: Plan = samplePlan()): Promise<SentFile> {
  const { workbooks } = await makeAgencyWorkbooks(plan, period(periodId), layouts, { generatedAt: '2022-11-01T08:00:00.000Z' });
  const workbook = workbooks.find((candidate) => candidate.agencyId === agencyId);
  if (workbook === undefined) throw new Error(`no workbook for ${agencyId}`);
  const file = createXlsx();
  await file.writeSheets(workbook.sheets);
  return { fileName: workbook.fileName, bytes: await file.toArrayBuffer() };
}

export type Edit = (book: ExcelJS.Workbook) => void;

/** Opens the bytes with exceljs, applies the edits, saves. */
export async function edited(bytes: ArrayBuffer, ...edits: readonly Edit[]): Promise<ArrayBuffer> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes);
  for (const edit of edits) edit(book);
  const written = await book.xlsx.writeBuffer();
  return new Uint8Array(written as ArrayBuffer).slice().buffer;
}

export function sheetOf(book: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const sheet = book.getWorksheet(name);
  if (sheet === undefined) throw new Error(`no sheet ${name}`);
  return sheet;
}

/** The header row of a data sheet in a sent workbook (the table starts at A3). */
export const HEADER_ROW = 3;

export function columnOf(sheet: ExcelJS.Worksheet, header: string): number {
  const row = sheet.getRow(HEADER_ROW);
  for (let column = 1; column <= row.cellCount; column++) if (row.getCell(column).text === header) return column;
  throw new Error(`no column ${header} on ${sheet.name}`);
}

export function rowOf(sheet: ExcelJS.Worksheet, rowId: string): number {
  for (let row = HEADER_ROW + 1; row <= sheet.rowCount; row++) if (sheet.getRow(row).getCell(1).text === rowId) return row;
  throw new Error(`no row ${rowId} on ${sheet.name}`);
}

/** The A1 address of a row's cell under a header. */
export function cellAt(sheet: ExcelJS.Worksheet, rowId: string, header: string): string {
  return sheet.getCell(rowOf(sheet, rowId), columnOf(sheet, header)).address;
}

/** Sets the cells of one row by header. */
export const setRow =
  (sheetName: string, rowId: string, values: Readonly<Record<string, ExcelJS.CellValue>>): Edit =>
  (book) => {
    const sheet = sheetOf(book, sheetName);
    for (const [header, value] of Object.entries(values)) sheet.getCell(rowOf(sheet, rowId), columnOf(sheet, header)).value = value;
  };

/** Every row of every data sheet answered properly. */
export const fillValid: Edit = (book) => {
  const answers: Record<string, Record<string, ExcelJS.CellValue>> = {
    'Nhiệm vụ': {
      'Tình trạng': 'Đang triển khai',
      'Tỷ lệ hoàn thành (%)': 60,
      'Kết quả thực hiện': 'Đã tổ chức 2 hội nghị.',
      'Khó khăn, vướng mắc': 'Thiếu kinh phí.',
      'Đề xuất, kiến nghị': 'Bổ sung kinh phí năm 2023.',
    },
    'Dự án': { 'Tiến độ': 'Đang xây dựng', 'Vốn đã giải ngân lũy kế (tỷ đồng)': 120.5, 'Thời gian hoàn thành dự kiến': 2024, 'Ghi chú': 'Đúng tiến độ.' },
    'Chỉ tiêu': { 'Thực hiện': 13.2, 'Nguồn số liệu': 'Cục Thống kê tỉnh' },
  };
  for (const [name, values] of Object.entries(answers)) {
    const sheet = book.getWorksheet(name);
    if (sheet === undefined) continue;
    for (let row = HEADER_ROW + 1; row <= sheet.rowCount; row++) {
      if (sheet.getRow(row).getCell(1).text === '') continue;
      for (const [header, value] of Object.entries(values)) sheet.getCell(row, columnOf(sheet, header)).value = value;
    }
  }
};

/** Drops the Excel table of a sheet, leaving its cells as a plain range (as a copy-paste would). */
export const plainRange =
  (sheetName: string): Edit =>
  (book) => {
    const sheet = sheetOf(book, sheetName);
    for (const name of Object.keys((sheet as unknown as { tables: Record<string, unknown> }).tables)) sheet.removeTable(name);
  };

/** The workbook as the validator reads it: every sheet's grid through the port. */
export async function returned(bytes: ArrayBuffer, fileName: string): Promise<ReturnedWorkbook> {
  const port = await openXlsx(bytes);
  const sheets: SheetGrid[] = [];
  for (const info of await port.listSheets()) {
    const grid = await port.readSheet(info.name);
    if (grid !== null) sheets.push(grid);
  }
  return { fileName, sheets };
}

export async function validated(
  bytes: ArrayBuffer,
  fileName: string,
  options: { readonly period?: string; readonly plan?: Plan } = {},
): Promise<ValidatedReturn> {
  const plan = options.plan ?? samplePlan();
  return validateReturn(await returned(bytes, fileName), {
    plan,
    layouts,
    ...(options.period === undefined ? {} : { period: period(options.period) }),
    expectations: createExpectations(plan, layouts),
  });
}

/** A sent workbook, edited, then validated. */
export async function validatedEdit(...edits: readonly Edit[]): Promise<ValidatedReturn> {
  const sent = await sentFile();
  return validated(await edited(sent.bytes, ...edits), sent.fileName);
}

export const codes = (result: ValidatedReturn): string[] => result.findings.map((finding) => finding.code);
