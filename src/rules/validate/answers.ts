/**
 * Ô trả lời — one answer cell of a returned workbook → a model value, by the column's kind.
 * Forgiving on form: numbers in either locale (`parseCellNumber`), a 0.5 formatted as percent is
 * 50, dates as `{ date }`, Excel serials or `dd/mm/yyyy` text, list values by meaning. Strict on
 * content: whatever cannot be read with certainty is a finding and no value.
 *
 * Formulas (`formula-injection`): a formula in an answer cell is an error — the agency must type
 * the value; its cached result is not taken. A text starting with `=`, `+`, `-`, `@`, a tab, CR,
 * LF or NUL that is not a genuine number would run as a formula if retyped or exported: in a text
 * column it is a warning and the text is kept as inert text; in any other column it is an error.
 */
import type { Finding } from '../../domain/finding';
import { excelSerialToIso, parseVnDate } from '../../domain/vn/date';
import { parseCellNumber } from '../../domain/vn/number';
import { listOptions } from '../../layout/cells';
import type { Column, ValueLists } from '../../layout/schema';
import { type ReadCell, isDateValue } from '../../workbook/port';
import { type Place, quoted, returnFinding } from './findings';
import { optionByMeaning } from './meaning';
import { cellDisplay, isBlankCell } from './sheets';

export type AnswerRead = { readonly ok: true; readonly value: unknown; readonly findings: readonly Finding[] } | { readonly ok: false; readonly findings: readonly Finding[] };

const FORMULA_START = /^[=+\-@\t\r\n\0]/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const YEAR_TEXT = /^(?:năm\s*)?(\d{4})$/iu;

/** Reads one answer cell; an empty cell is `{ ok: true, value: null }`. */
export function readAnswer(column: Column, cell: ReadCell | null, place: Place, lists: ValueLists): AnswerRead {
  if (cell !== null && cell.formula !== undefined) return failed(formulaFound(place, cell.formula));
  if (isBlankCell(cell) || cell === null) return { ok: true, value: null, findings: [] };
  const raw = cell.value;
  const found = cellDisplay(cell);
  const formulaLike = typeof raw === 'string' && looksLikeFormula(raw);
  if (column.kind === 'text') {
    return { ok: true, value: found, findings: formulaLike ? [formulaText(place, found, 'warning')] : [] };
  }
  const read = readByKind(column, cell, place, lists);
  if (!read.ok && formulaLike) return failed(formulaText(place, found, 'error'));
  return read;
}

/** A text Excel would run as a formula: not a number, and starting with a formula character. */
export function looksLikeFormula(text: string): boolean {
  if (!FORMULA_START.test(text) && !FORMULA_START.test(text.trim())) return false;
  return !parseCellNumber(text).ok;
}

function readByKind(column: Column, cell: ReadCell, place: Place, lists: ValueLists): AnswerRead {
  switch (column.kind) {
    case 'list':
      return readList(column, cell, place, lists);
    case 'number':
    case 'percent':
      return readNumber(column, cell, place);
    case 'integer':
      return readYear(column, cell, place);
    case 'date':
      return readDate(column, cell, place);
    case 'text':
    case 'agency':
      return { ok: true, value: cellDisplay(cell), findings: [] };
  }
}

function readList(column: Column, cell: ReadCell, place: Place, lists: ValueLists): AnswerRead {
  const options = listOptions(lists, column.list);
  const found = cellDisplay(cell);
  const option = optionByMeaning(options, found);
  if (option !== undefined) return { ok: true, value: option.value, findings: [] };
  const allowed = options.map((candidate) => candidate.label).join('; ');
  const allowed_en = options.map((candidate) => `${candidate.label} (${candidate.label_en})`).join('; ');
  return failed(
    returnFinding(
      'invalid-enum',
      'error',
      place,
      {
        vi: `"${quoted(found)}" không phải một giá trị của danh sách. Hãy chọn trong danh sách thả xuống một trong: ${allowed}.`,
        en: `"${quoted(found)}" is not a value of the list. Choose one of: ${allowed_en}.`,
      },
      { found, expected: allowed },
    ),
  );
}

/** A number as the official sees it: a cell formatted as percent shows 0.5 as 50. */
function cellNumber(cell: ReadCell): { ok: true; value: number } | { ok: false; vi: string; en: string } {
  const raw = cell.value;
  if (isDateValue(raw)) {
    return { ok: false, vi: 'ô chứa ngày tháng, không phải số. Hãy nhập số.', en: 'the cell holds a date, not a number. Enter a number.' };
  }
  const number = parseCellNumber(raw);
  if (!number.ok) return { ok: false, vi: lowerFirst(number.reason_vi), en: lowerFirst(number.reason_en) };
  const percentFormatted = typeof raw === 'number' && (cell.numberFormat ?? '').includes('%');
  return { ok: true, value: percentFormatted ? Math.round(number.value * 100 * 1e9) / 1e9 : number.value };
}

function readNumber(column: Column, cell: ReadCell, place: Place): AnswerRead {
  const found = cellDisplay(cell);
  const number = cellNumber(cell);
  if (!number.ok) return failed(returnFinding('invalid-number', 'error', place, { vi: number.vi, en: number.en }, { found }));
  const range = outOfRange(column, number.value, place, found);
  return range === null ? { ok: true, value: number.value, findings: [] } : failed(range);
}

function readYear(column: Column, cell: ReadCell, place: Place): AnswerRead {
  const raw = cell.value;
  const found = cellDisplay(cell);
  const yearText = typeof raw === 'string' ? YEAR_TEXT.exec(raw.trim()) : null;
  const year = isDateValue(raw) ? Number(raw.date.slice(0, 4)) : yearText !== null ? Number(yearText[1]) : null;
  const number = year === null ? cellNumber(cell) : { ok: true as const, value: year };
  if (!number.ok || !Number.isInteger(number.value)) {
    return failed(
      returnFinding(
        'invalid-number',
        'error',
        place,
        {
          vi: `cần ghi một năm (ví dụ 2025), ô đang ghi "${quoted(found)}". Hãy ghi năm bằng số.`,
          en: `a year is needed (e.g. 2025); the cell holds "${quoted(found)}". Write the year as a number.`,
        },
        { found, expected: 'YYYY' },
      ),
    );
  }
  const range = outOfRange(column, number.value, place, found);
  return range === null ? { ok: true, value: number.value, findings: [] } : failed(range);
}

function readDate(column: Column, cell: ReadCell, place: Place): AnswerRead {
  const raw = cell.value;
  const found = cellDisplay(cell);
  const iso = isDateValue(raw)
    ? { ok: true as const, value: raw.date }
    : typeof raw === 'number'
      ? excelSerialToIso(raw)
      : parseVnDate(isoToVn(String(raw)));
  const [minYear, maxYear] = [column.min ?? 1900, column.max ?? 2100];
  if (iso.ok) {
    const year = Number(iso.value.slice(0, 4));
    if (year >= minYear && year <= maxYear) return { ok: true, value: iso.value, findings: [] };
  }
  const reason = iso.ok
    ? { vi: `năm ${iso.value.slice(0, 4)} không hợp lý (cần từ ${minYear} đến ${maxYear}).`, en: `the year ${iso.value.slice(0, 4)} is not plausible (${minYear}–${maxYear} expected).` }
    : { vi: lowerFirst(iso.reason_vi), en: lowerFirst(iso.reason_en) };
  return failed(
    returnFinding(
      'invalid-date',
      'error',
      place,
      {
        vi: `không đọc được ngày "${quoted(found)}": ${reason.vi} Hãy ghi ngày theo dạng ngày/tháng/năm, ví dụ 15/11/2022.`,
        en: `cannot read the date "${quoted(found)}": ${reason.en} Write it as day/month/year, e.g. 15/11/2022.`,
      },
      { found, expected: 'dd/mm/yyyy' },
    ),
  );
}

/** `2022-11-15` typed as text reads as the same day. */
function isoToVn(text: string): string {
  const match = ISO_DATE.exec(text.trim());
  return match === null ? text : `${match[3]}/${match[2]}/${match[1]}`;
}

function outOfRange(column: Column, value: number, place: Place, found: string): Finding | null {
  const { min, max } = column;
  if ((min === undefined || value >= min) && (max === undefined || value <= max)) return null;
  const expected = `${min ?? '…'}–${max ?? '…'}`;
  const wording =
    column.kind === 'percent'
      ? { vi: `tỷ lệ phải từ ${min} đến ${max}, ô đang ghi ${quoted(found)}. Hãy ghi số phần trăm, không ghi dấu %.`, en: `the share must be between ${min} and ${max}; the cell holds ${quoted(found)}. Enter the percentage without %.` }
      : min === 0 && value < 0
        ? { vi: `số tiền không được âm, ô đang ghi ${quoted(found)}. Hãy sửa lại.`, en: `an amount cannot be negative; the cell holds ${quoted(found)}. Correct it.` }
        : { vi: `${quoted(found)} nằm ngoài khoảng cho phép ${expected}. Hãy kiểm tra lại số liệu.`, en: `${quoted(found)} is outside the allowed range ${expected}. Check the figure.` };
  return returnFinding('out-of-range', 'error', place, wording, { found, expected });
}

function formulaFound(place: Place, formula: string): Finding {
  const found = `=${formula}`;
  return returnFinding(
    'formula-injection',
    'error',
    place,
    {
      vi: `ô chứa công thức (${quoted(found)}); biểu mẫu chỉ nhận giá trị. Hãy xóa công thức và nhập giá trị (khi dán, dùng Dán đặc biệt > Giá trị).`,
      en: `the cell holds a formula (${quoted(found)}); the form takes values only. Delete the formula and type the value (paste with Paste Special > Values).`,
    },
    { found, expected: 'một giá trị, không phải công thức / a value, not a formula' },
  );
}

function formulaText(place: Place, found: string, severity: 'error' | 'warning'): Finding {
  const first = JSON.stringify(found.trim().charAt(0) || found.charAt(0));
  return returnFinding(
    'formula-injection',
    severity,
    place,
    severity === 'warning'
      ? {
          vi: `nội dung bắt đầu bằng ký tự ${first} nên Excel có thể hiểu là công thức; đã giữ nguyên dạng chữ. Lần sau hãy bỏ ký tự đó ở đầu ô (ví dụ thay gạch đầu dòng "-" bằng "•").`,
          en: `the text starts with ${first}, which Excel may take for a formula; it was kept as plain text. Next time drop that first character (e.g. use "•" instead of a leading "-").`,
        }
      : {
          vi: `nội dung bắt đầu bằng ký tự ${first} như một công thức và không đọc được thành giá trị. Hãy nhập giá trị.`,
          en: `the content starts with ${first} like a formula and cannot be read as a value. Enter the value.`,
        },
    { found },
  );
}

const failed = (finding: Finding): AnswerRead => ({ ok: false, findings: [finding] });

const lowerFirst = (text: string): string => text.charAt(0).toLowerCase() + text.slice(1);
