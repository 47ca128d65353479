/**
 * Ô — one model value to one cell and back, by the column's kind. Reading is forgiving on form
 * (numbers in either locale, dates as serials or `dd/mm/yyyy`, list values by meaning) and strict
 * on content: anything not certain is a reason, never a guess.
 */
import type { FindingCode } from '../domain/finding';
import { excelSerialToIso, formatVnDate, parseVnDate } from '../domain/vn/date';
import { nameKey } from '../domain/vn/nameKey';
import { parseCellNumber } from '../domain/vn/number';
import { CellValue, ReadCell, isDateValue } from '../workbook/port';
import type { Column, ListOption, ValueLists } from './schema';

export type RawCell = ReadCell['value'];

/** What the codec needs of a column or of a key/value field. */
export type CellColumn = Pick<Column, 'kind'> & Partial<Pick<Column, 'list' | 'join' | 'part' | 'min' | 'max'>>;

export interface CellFailure {
  readonly ok: false;
  readonly code: FindingCode;
  readonly reason_vi: string;
  readonly reason_en: string;
  readonly expected?: string;
}
export type CellRead = { readonly ok: true; readonly value: unknown } | CellFailure;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export const isEmptyCell = (raw: RawCell | undefined): boolean =>
  raw === null || raw === undefined || (typeof raw === 'string' && raw.trim() === '');

/** The cell as text, the way an official sees it (dates as `dd/mm/yyyy`). */
export function cellText(raw: RawCell | undefined): string {
  if (raw === null || raw === undefined) return '';
  if (isDateValue(raw)) return formatVnDate(raw.date);
  return String(raw).trim();
}

export function listOptions(lists: ValueLists, name: string | undefined): readonly ListOption[] {
  return name === undefined ? [] : (lists[name] ?? []);
}

/** The option a text means: its label, an alias or the model value itself, compared by `nameKey`. */
export function optionFor(options: readonly ListOption[], text: string): ListOption | undefined {
  const key = nameKey(text);
  return options.find(
    (option) =>
      nameKey(option.label) === key ||
      nameKey(String(option.value)) === key ||
      option.aliases.some((alias) => nameKey(alias) === key),
  );
}

/** The label written for a model value. */
export function labelFor(options: readonly ListOption[], value: unknown): string | undefined {
  return options.find((option) => option.value === value)?.label;
}

/** Model value → cell. Arrays are joined; empty text and empty arrays leave the cell empty. */
export function toCell(column: CellColumn, value: unknown, lists: ValueLists): CellValue {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) {
    const items = value.map((item) => toCell(column, item, lists)).filter((item) => item !== null);
    return items.length === 0 ? null : items.map(String).join(column.join ?? '; ');
  }
  switch (column.kind) {
    case 'number':
    case 'integer':
    case 'percent':
      return typeof value === 'number' ? value : String(value);
    case 'date':
      return typeof value === 'string' && ISO_DATE.test(value) ? { date: value } : String(value);
    case 'list':
      return labelFor(listOptions(lists, column.list), value) ?? String(value);
    case 'agency':
      return agencyPart(column, value);
    case 'text':
      return value === '' ? null : String(value);
  }
}

function agencyPart(column: CellColumn, value: unknown): CellValue {
  if (typeof value === 'string') return value === '' ? null : value;
  if (typeof value !== 'object' || value === null) return null;
  const ref = value as { agencyId?: unknown; asWritten?: unknown };
  const part = column.part === 'name' ? ref.asWritten : ref.agencyId;
  return typeof part === 'string' && part !== '' ? part : null;
}

/**
 * Cell → model value. An empty cell reads as `{ ok: true, value: null }`: the caller decides
 * between null, '' and [] and whether emptiness is allowed. Agency cells come back as text, to be
 * resolved against the registry by the caller.
 */
export function fromCell(column: CellColumn, raw: RawCell | undefined, lists: ValueLists): CellRead {
  if (raw === undefined || isEmptyCell(raw)) return { ok: true, value: null };
  switch (column.kind) {
    case 'text':
      return { ok: true, value: column.join === undefined ? cellText(raw) : splitJoined(cellText(raw), column.join) };
    case 'agency':
      return { ok: true, value: cellText(raw) };
    case 'number':
    case 'percent':
      return readNumber(column, raw, false);
    case 'integer':
      return readNumber(column, raw, true);
    case 'date':
      return readDate(raw);
    case 'list':
      return readListValue(listOptions(lists, column.list), raw);
  }
}

/** `a | b` → ['a', 'b'], by the separator without its spaces. */
export function splitJoined(text: string, join: string): string[] {
  const separator = join.trim() === '' ? join : join.trim();
  return text
    .split(separator)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

function readNumber(column: CellColumn, raw: RawCell, whole: boolean): CellRead {
  if (isDateValue(raw)) {
    return failure('invalid-number', 'Ô chứa ngày tháng, không phải số. Hãy nhập số.', 'The cell holds a date, not a number. Enter a number.');
  }
  const number = parseCellNumber(raw);
  if (!number.ok) return { ok: false, code: 'invalid-number', reason_vi: number.reason_vi, reason_en: number.reason_en };
  if (whole && !Number.isInteger(number.value)) {
    return failure(
      'invalid-number',
      `Cần một số nguyên (ví dụ năm 2025), ô đang ghi ${cellText(raw)}. Hãy nhập số nguyên.`,
      `A whole number is needed (e.g. the year 2025); the cell holds ${cellText(raw)}. Enter a whole number.`,
    );
  }
  const { min, max } = column;
  if ((min !== undefined && number.value < min) || (max !== undefined && number.value > max)) {
    const range = `${min ?? '…'}–${max ?? '…'}`;
    return {
      ...failure(
        'out-of-range',
        `Số ${cellText(raw)} nằm ngoài khoảng cho phép ${range}. Hãy kiểm tra lại.`,
        `${cellText(raw)} is outside the allowed range ${range}. Check the value.`,
      ),
      expected: range,
    };
  }
  return { ok: true, value: number.value };
}

function readDate(raw: RawCell): CellRead {
  if (isDateValue(raw)) return { ok: true, value: raw.date };
  if (typeof raw === 'number') {
    const date = excelSerialToIso(raw);
    return date.ok ? { ok: true, value: date.value } : { ok: false, code: 'invalid-date', ...reasons(date) };
  }
  const text = cellText(raw);
  if (ISO_DATE.test(text)) {
    const [year, month, day] = text.split('-');
    const date = parseVnDate(`${day}/${month}/${year}`);
    return date.ok ? { ok: true, value: date.value } : { ok: false, code: 'invalid-date', ...reasons(date) };
  }
  const date = parseVnDate(text);
  return date.ok ? { ok: true, value: date.value } : { ok: false, code: 'invalid-date', ...reasons(date) };
}

function readListValue(options: readonly ListOption[], raw: RawCell): CellRead {
  const option = optionFor(options, cellText(raw));
  if (option !== undefined) return { ok: true, value: option.value };
  const allowed = options.map((candidate) => candidate.label).join('; ');
  return {
    ...failure(
      'invalid-enum',
      `"${cellText(raw)}" không có trong danh sách. Hãy chọn một trong: ${allowed}.`,
      `"${cellText(raw)}" is not in the list. Choose one of: ${allowed}.`,
    ),
    expected: allowed,
  };
}

const reasons = (rejection: { reason_vi: string; reason_en: string }) => ({
  reason_vi: rejection.reason_vi,
  reason_en: rejection.reason_en,
});

const failure = (code: FindingCode, reason_vi: string, reason_en: string): CellFailure => ({
  ok: false,
  code,
  reason_vi,
  reason_en,
});
