/**
 * Giá trị ghi được — the port's cell values that Excel can hold, whichever adapter writes them:
 * finite numbers, text within Excel's limit, real calendar days, formulas with a body. The spec
 * checks refuse anything else before a write starts.
 */
import { isDateValue, isFormulaValue, type CellValue } from './port';

/** Excel's limit on the text of one cell. */
export const MAX_CELL_TEXT = 32_767;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** `2022-02-23` → the Date exceljs stores as that day's serial; null when not a real date. */
export function isoToUtcDate(iso: string): Date | null {
  const match = ISO_DATE.exec(iso);
  if (!match) return null;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === iso ? date : null;
}

/** Why a value cannot be written, or null when it can. */
export function unwritableReason(value: CellValue): string | null {
  if (typeof value === 'number' && !Number.isFinite(value)) return `number ${value} is not finite`;
  if (typeof value === 'string' && value.length > MAX_CELL_TEXT) return `text longer than ${MAX_CELL_TEXT} characters`;
  if (value !== null && isDateValue(value) && !isoToUtcDate(value.date)) {
    return `"${value.date}" is not a YYYY-MM-DD date`;
  }
  if (value !== null && isFormulaValue(value) && value.formula.replace(/^=/, '').trim() === '') return 'empty formula';
  return null;
}
