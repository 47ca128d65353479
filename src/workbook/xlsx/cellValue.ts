/**
 * Cell values between the port and exceljs. Writing: text stays text (a string starting with `=`
 * is stored as a string, never as a formula), dates become UTC-midnight Dates. Reading: the stored
 * value, never evaluated — formulas give their cached result, errors their text, rich text its
 * plain text.
 */
import type { CellValue as ExcelValue } from 'exceljs';
import { isDateValue, type CellValue, type DateValue, type ReadCell } from '../port';
import { isoToUtcDate } from '../writableValues';

/** The exceljs value of a checked CellValue. */
export function toExcelValue(value: CellValue): ExcelValue {
  if (value === null || typeof value !== 'object') return value;
  if (isDateValue(value)) return isoToUtcDate(value.date);
  return { formula: value.formula.replace(/^=/, '') };
}

/** Excel escapes characters XML cannot carry as `_xHHHH_` (and a literal `_x` as `_x005F_x`). */
export const decodeExcelEscapes = (text: string): string =>
  text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** Plain text of a string or of exceljs rich text (`{ richText: [{ text }] }`). */
export function plainText(v: unknown): string | null {
  if (typeof v === 'string') return decodeExcelEscapes(v);
  if (isRecord(v) && Array.isArray(v.richText)) {
    return decodeExcelEscapes(v.richText.map((run: unknown) => (isRecord(run) ? String(run.text ?? '') : '')).join(''));
  }
  return null;
}

const toDateValue = (date: Date): DateValue | null =>
  Number.isNaN(date.getTime()) ? null : { date: date.toISOString().slice(0, 10) };

/** A value as exceljs read it → the port's stored value. */
export function fromExcelValue(v: unknown): ReadCell['value'] {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'boolean') return v;
  if (v instanceof Date) return toDateValue(v);
  const text = plainText(v);
  if (text !== null) return text;
  if (!isRecord(v)) return null;
  if (typeof v.error === 'string') return v.error;
  if ('hyperlink' in v) return plainText(v.text) ?? fromExcelValue(v.text);
  if ('formula' in v || 'sharedFormula' in v) return fromExcelValue(v.result);
  return null;
}
