/**
 * Số — numbers as Vietnamese documents and officers write them.
 *
 * Document text (`parseVnNumber`) follows the Vietnamese convention (TCVN): `.` always groups
 * thousands and `,` always marks decimals. A `.` group must hold exactly three digits, so `4.0`
 * or `12.34` are rejected instead of being read as English decimals. A number may be a range
 * (`8,0-8,5`, with `-`, `–` or `—`) and may carry a unit (`%`, `ha`, `tỷ đồng`, `%/năm`, `m³`),
 * kept trimmed with inner spaces collapsed; a unit holds no digits, so a sentence with a second
 * figure is rejected. A leading `-` (or `−`) joined to the digits makes the number negative.
 *
 * Returned cells (`parseCellNumber`) come from machines set to either locale, so text is read in
 * both, but only when one reading is possible:
 * - both separators (`1.234,5`, `1,234.5`): the last one is the decimal mark;
 * - one separator repeated in groups of three (`1.234.567`, `1,234,567`): thousands;
 * - a single `.` before exactly three digits (`1.234`): Vietnamese thousands, 1234;
 * - a single `,` before exactly three digits (`1,234`): ambiguous (1234 or 1,234), rejected with
 *   a reason asking for `1234` or a decimal such as `1,2`;
 * - a single separator before other than three digits (`96,71`, `12.5`), or after a lone `0` or
 *   four or more digits (`0,125`, `1234,567`): a decimal, the only reading left;
 * - `50%` is 50 (the value as typed); a JS number is taken as it is (a 0.5 shown as 50% stays 0.5).
 * An empty cell, TRUE/FALSE or any other text is rejected: the caller decides what an empty cell
 * means.
 */
import { z } from 'zod';
import { Parsed, parsed, rejected } from './result';

export const VnNumber = z.object({
  value: z.number(),
  /** Upper bound of a range (`8,0-8,5`), else null. */
  valueMax: z.number().nullable(),
  /** Đơn vị as written after the number, trimmed; null when there is none. */
  unit: z.string().min(1).nullable(),
});
export type VnNumber = z.infer<typeof VnNumber>;

const VN_NUMBER = String.raw`[-−]?(?:[1-9]\d{0,2}(?:\.\d{3})+|\d+)(?:,\d+)?`;
const VN_FIGURE = new RegExp(String.raw`^(${VN_NUMBER})(?:\s*[-–—]\s*(${VN_NUMBER}))?\s*(.*)$`, 's');
const UNIT = /^(?:%|\p{L})[\p{L}\p{M}\s/%²³]*$/u;
const DOTTED_DIGITS = /^[-−]?\d+(?:\.\d+)+/;

export function parseVnNumber(text: string): Parsed<VnNumber> {
  const trimmed = text.normalize('NFC').replace(/\s+/g, ' ').trim();
  if (trimmed === '') {
    return rejected('Chưa có số. Hãy ghi số, ví dụ 7.100 hoặc 96,71.', 'No number given. Write one, e.g. 7.100 or 96,71.');
  }
  const match = VN_FIGURE.exec(trimmed);
  const unit = match?.[3] ?? '';
  if (match === null || (unit !== '' && !UNIT.test(unit))) {
    if (DOTTED_DIGITS.test(trimmed)) {
      return rejected(
        'Dấu chấm chỉ dùng để tách hàng nghìn và phải đứng trước đúng 3 chữ số (ví dụ 7.100); phần thập phân dùng dấu phẩy (ví dụ 96,71).',
        'A dot only separates thousands and must be followed by exactly 3 digits (e.g. 7.100); decimals take a comma (e.g. 96,71).',
      );
    }
    return rejected(
      'Không đọc được số. Hãy ghi số theo cách viết tiếng Việt, ví dụ 7.100, 96,71, 8,0-8,5 hoặc 50,38%.',
      'Cannot read a number. Write it the Vietnamese way, e.g. 7.100, 96,71, 8,0-8,5 or 50,38%.',
    );
  }
  const value = readVnDigits(match[1]);
  const valueMax = match[2] === undefined ? null : readVnDigits(match[2]);
  if (!Number.isFinite(value) || (valueMax !== null && !Number.isFinite(valueMax))) {
    return rejected('Số quá lớn, không đọc được. Hãy kiểm tra lại số.', 'The number is too large to read. Check it.');
  }
  if (valueMax !== null && valueMax < value) {
    return rejected(
      'Khoảng số ghi ngược: số đầu lớn hơn số cuối. Hãy ghi số nhỏ trước, ví dụ 8,0-8,5.',
      'The range is reversed: its first number is larger than its last. Write the smaller first, e.g. 8,0-8,5.',
    );
  }
  return parsed({ value, valueMax, unit: unit === '' ? null : unit });
}

function readVnDigits(written: string): number {
  const negative = /^[-−]/.test(written);
  const [whole, fraction] = written.replace(/^[-−]/, '').replace(/\./g, '').split(',');
  const magnitude = Number(fraction === undefined ? whole : `${whole}.${fraction}`);
  return negative && magnitude !== 0 ? -magnitude : magnitude;
}

const CELL_TEXT = /^([-−]?)(\d[\d.,]*?)\s*(%?)$/;
/** The integer part a thousands reading needs: 1–3 digits, no leading zero. */
const FIRST_GROUP = /^[1-9]\d{0,2}$/;

const unreadableCell = (): Parsed<number> =>
  rejected(
    'Không đọc được số trong ô. Hãy nhập chỉ con số, ví dụ 1234, 1.234,5 hoặc 50%.',
    'Cannot read a number in the cell. Enter the number only, e.g. 1234, 1.234,5 or 50%.',
  );

export function parseCellNumber(value: string | number | boolean | null): Parsed<number> {
  if (typeof value === 'number') {
    return Number.isFinite(value)
      ? parsed(value)
      : rejected('Ô chứa giá trị không phải số hữu hạn. Hãy nhập lại số.', 'The cell holds a value that is not a finite number. Enter the number again.');
  }
  if (typeof value === 'boolean') {
    return rejected('Ô chứa TRUE/FALSE, không phải số. Hãy nhập số.', 'The cell holds TRUE/FALSE, not a number. Enter a number.');
  }
  const text = (value ?? '').normalize('NFC').trim();
  if (text === '') {
    return rejected('Ô trống, chưa có số. Hãy nhập số, ví dụ 1234 hoặc 96,71.', 'The cell is empty. Enter a number, e.g. 1234 or 96,71.');
  }
  const match = CELL_TEXT.exec(text);
  if (match === null) return unreadableCell();
  const [, sign, digits] = match;
  const magnitude = readCellDigits(digits);
  if (magnitude === 'ambiguous') {
    const [whole, fraction] = digits.split(',');
    return rejected(
      `"${digits}" có thể là ${whole}${fraction} hoặc ${whole} phẩy ${fraction}. Hãy nhập ${whole}${fraction} (không có dấu phân cách) nếu là số nguyên, hoặc số thập phân với dấu phẩy như 1,2.`,
      `"${digits}" could be ${whole}${fraction} or ${whole} point ${fraction}. Enter ${whole}${fraction} (no separator) for a whole number, or a decimal with a comma such as 1,2.`,
    );
  }
  if (magnitude === null) return unreadableCell();
  if (!Number.isFinite(magnitude)) {
    return rejected('Số quá lớn, không đọc được. Hãy kiểm tra lại số.', 'The number is too large to read. Check it.');
  }
  return parsed(sign !== '' && magnitude !== 0 ? -magnitude : magnitude);
}

/** Digits and separators (no sign, no `%`) → their value, `null` if malformed, or `'ambiguous'`. */
function readCellDigits(digits: string): number | null | 'ambiguous' {
  if (/[.,]$/.test(digits) || /[.,]{2}/.test(digits)) return null;
  const lastDot = digits.lastIndexOf('.');
  const lastComma = digits.lastIndexOf(',');
  if (lastDot === -1 && lastComma === -1) return Number(digits);
  if (lastDot !== -1 && lastComma !== -1) {
    const decimalMark = lastDot > lastComma ? '.' : ',';
    const at = Math.max(lastDot, lastComma);
    const whole = digits.slice(0, at);
    const fraction = digits.slice(at + 1);
    const thousands = decimalMark === '.' ? ',' : '.';
    return isGrouped(whole, thousands) ? Number(`${ungroup(whole, thousands)}.${fraction}`) : null;
  }
  const separator = lastDot !== -1 ? '.' : ',';
  const parts = digits.split(separator);
  if (parts.length > 2) return isGrouped(digits, separator) ? Number(ungroup(digits, separator)) : null;
  const [whole, fraction] = parts;
  if (FIRST_GROUP.test(whole) && fraction.length === 3) {
    return separator === '.' ? Number(whole + fraction) : 'ambiguous';
  }
  return Number(`${whole}.${fraction}`);
}

function isGrouped(text: string, separator: '.' | ','): boolean {
  const [first, ...groups] = text.split(separator);
  return FIRST_GROUP.test(first) && groups.every((group) => /^\d{3}$/.test(group));
}

const ungroup = (text: string, separator: '.' | ','): string => text.split(separator).join('');

const DEFAULT_MAX_DECIMALS = 3;
const MAX_DECIMALS = 20;
/** Beyond this `toFixed` switches to exponent notation; such doubles are whole numbers anyway. */
const FIXED_LIMIT = 1e21;

/**
 * `7100` → `7.100`, `96.71` → `96,71`. With `decimals`, exactly that many decimals (rounded);
 * without, as many as needed up to 3, no trailing zeros. Built by hand so that it does not depend
 * on the locale data of the runtime. Non-finite values are returned as JavaScript writes them.
 */
export function formatVnNumber(value: number, decimals?: number): string {
  if (!Number.isFinite(value)) return String(value);
  const places =
    decimals === undefined ? DEFAULT_MAX_DECIMALS : Math.min(MAX_DECIMALS, Math.max(0, Math.trunc(decimals) || 0));
  const magnitude = Math.abs(value);
  const fixed =
    magnitude < FIXED_LIMIT
      ? magnitude.toFixed(places)
      : `${BigInt(magnitude).toString()}${places > 0 ? `.${'0'.repeat(places)}` : ''}`;
  const [whole, written = ''] = fixed.split('.');
  const fraction = decimals === undefined ? written.replace(/0+$/, '') : written;
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  const sign = value < 0 && /[1-9]/.test(whole + fraction) ? '-' : '';
  return `${sign}${grouped}${fraction === '' ? '' : `,${fraction}`}`;
}
