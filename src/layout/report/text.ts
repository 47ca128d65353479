/**
 * Chữ trong báo cáo — the text the report sheets and appendices print, composed the way officials
 * write it: `{placeholders}` filled from data, capitals for captions, Roman numerals, the date in
 * words of Nghị định 30/2020 (`ngày 05 tháng 02 năm 2022`), the document a report refers to.
 */
import type { Period } from '../../domain/period';
import type { PlanDocument, Target } from '../../domain/plan';
import { formatVnDate } from '../../domain/vn/date';
import { formatVnNumber } from '../../domain/vn/number';
import { writtenDecimals } from '../../rules/check/rounding';
import type { ReportLayout, TargetAppendixLayout } from './schema';

/** `{name}` → `values.name`; a placeholder without a value is left as written, so a typo shows. */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole: string, name: string) => (name in values ? String(values[name]) : whole));
}

export const capitals = (text: string): string => text.toLocaleUpperCase('vi');

const ROMAN: readonly (readonly [number, string])[] = [
  [1000, 'M'],
  [900, 'CM'],
  [500, 'D'],
  [400, 'CD'],
  [100, 'C'],
  [90, 'XC'],
  [50, 'L'],
  [40, 'XL'],
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];

/** 1 → `I`, 14 → `XIV`; group numbers never reach the thousands, but nothing breaks if they do. */
export function roman(value: number): string {
  let rest = Math.max(0, Math.trunc(value));
  let out = '';
  for (const [unit, letters] of ROMAN) {
    while (rest >= unit) {
      out += letters;
      rest -= unit;
    }
  }
  return out;
}

/** `năm 2022`, `6 tháng đầu năm 2022`, `quý III năm 2022`. */
export function periodLabel(period: Period, labels: ReportLayout['periodLabels']): string {
  switch (period.kind) {
    case 'year':
      return fill(labels.year, { year: period.year });
    case 'half':
      return fill(period.index === 1 ? labels.half1 : labels.half2, { year: period.year });
    case 'quarter':
      return fill(labels.quarter, { quarter: roman(period.index), year: period.year });
  }
}

/**
 * Day, month and year as an official date writes them: a day below 10 and the months 1 and 2 take
 * a leading zero (Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.4).
 */
export function officialDateParts(iso: string): { day: string; month: string; year: string } {
  const [year = '', month = '', day = ''] = iso.split('-');
  const monthNumber = Number(month);
  return {
    day: String(Number(day)).padStart(2, '0'),
    month: monthNumber <= 2 ? String(monthNumber).padStart(2, '0') : String(monthNumber),
    year,
  };
}

/** `Kế hoạch số 40/KH-UBND ngày 23/02/2022`; the number or the date is left out when the copy lacks it. */
export function documentReference(document: PlanDocument, kinds: ReportLayout['documentKinds']): string {
  const number = document.number === null ? '' : ` số ${document.number}`;
  const date = document.date === null ? '' : ` ngày ${formatVnDate(document.date)}`;
  return `${kinds[document.kind]}${number}${date}`;
}

/** The issuing body's code in a document number: `40/KH-UBND` → `UBND`, `22-CTr/TU` → `TU`. */
export function issuerCode(documentNumber: string | null): string | null {
  if (documentNumber === null) return null;
  const afterSlash = documentNumber.slice(documentNumber.lastIndexOf('/') + 1).trim();
  const code = afterSlash.slice(afterSlash.indexOf('-') + 1).trim();
  return code === '' ? null : code;
}

const ADMINISTRATIVE_UNIT = /^(.*\S)\s+((?:tỉnh|thành phố|huyện|thị xã|quận|xã|phường)\s+\S.*)$/iu;

/**
 * Tên cơ quan ban hành at the top left, in capitals: the body, then its province on a second line
 * (`Ủy ban nhân dân tỉnh Kiên Giang` → `ỦY BAN NHÂN DÂN` / `TỈNH KIÊN GIANG`).
 */
export function issuerHeading(issuer: string): string[] {
  const trimmed = issuer.trim().replace(/\s+/g, ' ');
  const match = ADMINISTRATIVE_UNIT.exec(trimmed);
  return (match === null ? [trimmed] : [match[1] ?? '', match[2] ?? '']).map(capitals);
}

/**
 * Kế hoạch of a target as the document writes it: `Trên 15`, `Khoảng 100`, a range with the same
 * decimals on both ends (`8,0-8,5`).
 */
export function planValueText(target: Pick<Target, 'comparison' | 'value' | 'valueMax'>, comparisons: TargetAppendixLayout['comparisons']): string {
  const upper = target.valueMax ?? target.value;
  const decimals = target.comparison === 'range' ? Math.max(writtenDecimals(target.value), writtenDecimals(upper)) : undefined;
  return fill(comparisons[target.comparison], {
    value: formatVnNumber(target.value, decimals),
    valueMax: formatVnNumber(upper, decimals),
  });
}

/** The plan's number without its comparison word, for a sentence: `8`, `8,0-8,5`. */
export function planNumberText(target: Pick<Target, 'comparison' | 'value' | 'valueMax'>, comparisons: TargetAppendixLayout['comparisons']): string {
  return target.comparison === 'range' ? planValueText(target, comparisons) : formatVnNumber(target.value);
}
