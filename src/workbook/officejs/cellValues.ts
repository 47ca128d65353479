/**
 * Cell values between the port and Office.js.
 *
 * Writing: Excel parses every string written through `values` or `formulas` as if the officer had
 * typed it, in the officer's locale — `=…`, `+…`, `-…`, `@…` become formulas, `07` or `1.234`
 * become numbers, `23/02/2022` a date. Text from returned files must stay text, so every string
 * cell (and every cell of a text column) gets the text format `@`, queued before the value. Numbers
 * stay numbers (`-5` is a number, never a string), dates are written as Excel serials with a date
 * format, and only the product's own `{ formula }` values are written as formulas.
 *
 * Reading: the stored value, never evaluated; empty cells as null; a number in a cell with a date
 * format as `{ date }`.
 */
import { excelSerialToIso, isoToExcelSerial } from '../../domain/vn/date';
import { DEFAULT_DATE_FORMAT } from '../formats';
import { isDateValue, type CellStyle, type CellValue, type ReadCell } from '../port';

/** Định dạng văn bản — Excel keeps what is written into such a cell as text. */
export const TEXT_FORMAT = '@';
const GENERAL_FORMAT = 'General';

export type OfficeScalar = string | number | boolean;

/** One cell as it is sent: `null` leaves the cell (or its format) untouched, i.e. empty on a new sheet. */
export interface OfficeCell {
  readonly value: OfficeScalar | null;
  readonly isFormula: boolean;
  readonly numberFormat: string | null;
}

export const EMPTY_CELL: OfficeCell = { value: null, isFormula: false, numberFormat: null };

/** The cell to send for a port value; `textColumn` marks a column that holds text only. */
export function toOfficeCell(value: CellValue, style: CellStyle | undefined, textColumn = false): OfficeCell {
  const styled = style?.numberFormat ?? null;
  if (value === null) return { value: null, isFormula: false, numberFormat: textColumn ? TEXT_FORMAT : styled };
  if (typeof value === 'string') return { value, isFormula: false, numberFormat: TEXT_FORMAT };
  if (typeof value === 'number' || typeof value === 'boolean') return { value, isFormula: false, numberFormat: styled };
  if (isDateValue(value)) {
    return { value: isoToExcelSerial(value.date), isFormula: false, numberFormat: styled ?? DEFAULT_DATE_FORMAT };
  }
  return { value: `=${value.formula.replace(/^=/, '')}`, isFormula: true, numberFormat: styled };
}

/** A table column whose values are all text: its empty cells are text-formatted too. */
export const isTextColumn = (values: readonly CellValue[]): boolean =>
  values.some((v) => v !== null) && values.every((v) => v === null || typeof v === 'string');

/** True when a format code shows a date: it has d or y outside quotes, brackets and escapes. */
export function isDateFormat(code: string): boolean {
  const bare = code.replace(/"[^"]*"|\[[^\]]*\]|\\./g, '');
  return /[dy]/i.test(bare);
}

/** A loaded cell value (with its format) → the port's stored value. */
export function fromOfficeValue(value: unknown, numberFormat: unknown): ReadCell['value'] {
  if (typeof value === 'number') {
    if (typeof numberFormat === 'string' && isDateFormat(numberFormat)) {
      const iso = excelSerialToIso(value);
      if (iso.ok) return { date: iso.value };
    }
    return value;
  }
  if (typeof value === 'boolean') return value;
  if (typeof value === 'string') return value === '' ? null : value;
  return null;
}

/**
 * A loaded cell (value, formula, format) → ReadCell, or null when empty. `formulas` returns the
 * constant for a cell without a formula, so a formula is a `=` text that differs from the value.
 */
export function fromOfficeCell(value: unknown, formula: unknown, numberFormat: unknown): ReadCell | null {
  const stored = fromOfficeValue(value, numberFormat);
  const isFormula = typeof formula === 'string' && formula.startsWith('=') && formula !== value;
  if (stored === null && !isFormula) return null;
  const format = typeof numberFormat === 'string' && numberFormat !== GENERAL_FORMAT ? numberFormat : undefined;
  return {
    value: stored === null && isFormula ? '' : stored,
    ...(isFormula ? { formula: formula.slice(1) } : {}),
    ...(format !== undefined ? { numberFormat: format } : {}),
  };
}
