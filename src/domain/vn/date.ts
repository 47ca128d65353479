/**
 * Ngày tháng — dates as Vietnamese documents write them (day first: `23/02/2022`, `20-01-2022`,
 * `ngày 23 tháng 02 năm 2022`), the yearly deadlines of reporting duties (`15/12 hàng năm`), and
 * Excel's serial dates. Years outside 1900–2100 are taken as typing mistakes.
 */
import { z } from 'zod';
import { Parsed, parsed, rejected } from './result';

export const FIRST_YEAR = 1900;
export const LAST_YEAR = 2100;

/** Ngày trong năm — a deadline that repeats every year, e.g. 15/12. */
export const YearlyDay = z.object({
  day: z.number().int().min(1).max(31),
  month: z.number().int().min(1).max(12),
});
export type YearlyDay = z.infer<typeof YearlyDay>;

const isLeapYear = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

const pad = (value: number, width: number): string => String(value).padStart(width, '0');

/** `YYYY-MM-DD` of numbers already known to form a date. */
export const isoDate = (year: number, month: number, day: number): string =>
  `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;

const NUMERIC_DATE = /^(?:ngày\s+)?(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$/iu;
const WORDED_DATE = /^(?:ngày\s+)?(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})$/iu;

export function parseVnDate(text: string): Parsed<string> {
  const trimmed = text.normalize('NFC').replace(/\s+/g, ' ').trim();
  const numeric = NUMERIC_DATE.exec(trimmed);
  if (numeric !== null) return calendarDate(Number(numeric[4]), Number(numeric[3]), Number(numeric[1]));
  const worded = WORDED_DATE.exec(trimmed);
  if (worded !== null) return calendarDate(Number(worded[3]), Number(worded[2]), Number(worded[1]));
  return rejected(
    'Không đọc được ngày. Hãy ghi theo dạng ngày/tháng/năm, ví dụ 23/02/2022.',
    'Cannot read a date. Write it as day/month/year, e.g. 23/02/2022.',
  );
}

function calendarDate(year: number, month: number, day: number): Parsed<string> {
  if (year < FIRST_YEAR || year > LAST_YEAR) {
    return rejected(
      `Năm ${year} nằm ngoài khoảng ${FIRST_YEAR}–${LAST_YEAR}. Hãy kiểm tra lại năm.`,
      `The year ${year} is outside ${FIRST_YEAR}–${LAST_YEAR}. Check the year.`,
    );
  }
  const monthDay = checkMonthDay(month, day, daysInMonth(year, month), `${pad(month, 2)}/${year}`);
  return monthDay.ok ? parsed(isoDate(year, month, day)) : monthDay;
}

function checkMonthDay(month: number, day: number, monthLength: number, monthName: string): Parsed<YearlyDay> {
  if (month < 1 || month > 12) {
    return rejected(
      `Không có tháng ${month}. Hãy ghi ngày trước, tháng sau, ví dụ 23/02/2022.`,
      `There is no month ${month}. Write the day first, then the month, e.g. 23/02/2022.`,
    );
  }
  if (day < 1 || day > monthLength) {
    return rejected(
      `Tháng ${monthName} không có ngày ${day} (tháng này có ${monthLength} ngày). Hãy kiểm tra lại ngày.`,
      `Month ${monthName} has no day ${day} (it has ${monthLength} days). Check the day.`,
    );
  }
  return parsed({ day, month });
}

const YEARLY_DAY = /^(?:trước\s+)?(?:ngày\s+)?(\d{1,2})[/.-](\d{1,2})(?:\s+(?:hàng|hằng)\s+năm)?$/iu;
/** A yearly deadline must exist every year, so 29/02 is measured against a common year. */
const COMMON_YEAR = 2023;

/** `15/12 hàng năm`, `trước ngày 15/12 hàng năm`, `15/12` → { day: 15, month: 12 }. */
export function parseYearlyDay(text: string): Parsed<YearlyDay> {
  const match = YEARLY_DAY.exec(text.normalize('NFC').replace(/\s+/g, ' ').trim());
  if (match === null) {
    return rejected(
      'Không đọc được hạn hàng năm. Hãy ghi ngày/tháng, ví dụ 15/12 hàng năm.',
      'Cannot read the yearly deadline. Write it as day/month, e.g. 15/12 hàng năm.',
    );
  }
  const day = Number(match[1]);
  const month = Number(match[2]);
  return checkMonthDay(month, day, daysInMonth(COMMON_YEAR, month), pad(month, 2));
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** `2022-02-23` → `23/02/2022`; text that is not an ISO date is returned unchanged. */
export function formatVnDate(iso: string): string {
  const match = ISO_DATE.exec(iso);
  return match === null ? iso : `${match[3]}/${match[2]}/${match[1]}`;
}

const MS_PER_DAY = 86_400_000;
/** Day 0 of the serials counted after Excel's fictitious 29/02/1900 (serial 60). */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const FICTITIOUS_LEAP_DAY = 60;

/**
 * Excel's 1900 date system: serial 1 is 01/01/1900 and serial 60 the 29/02/1900 that Excel
 * invents (Lotus 1-2-3 compatibility), so serials from 61 on are one day ahead of a plain count.
 * A fraction (the time of day) is dropped.
 */
export function excelSerialToIso(serial: number): Parsed<string> {
  if (!Number.isFinite(serial) || serial < 1) {
    return rejected(
      'Giá trị ngày không hợp lệ. Hãy nhập ngày theo dạng ngày/tháng/năm, ví dụ 23/02/2022.',
      'Not a valid date value. Enter the date as day/month/year, e.g. 23/02/2022.',
    );
  }
  const serialDay = Math.floor(serial);
  if (serialDay === FICTITIOUS_LEAP_DAY) {
    return rejected(
      'Ngày 29/02/1900 không có thật (lỗi lịch của Excel). Hãy nhập lại ngày đúng.',
      '29/02/1900 does not exist (an Excel calendar quirk). Enter the right date.',
    );
  }
  const date = new Date(EXCEL_EPOCH + (serialDay < FICTITIOUS_LEAP_DAY ? serialDay + 1 : serialDay) * MS_PER_DAY);
  const year = date.getUTCFullYear();
  if (year > LAST_YEAR) {
    return rejected(
      `Ngày rơi vào năm ${year}, ngoài khoảng ${FIRST_YEAR}–${LAST_YEAR}. Hãy kiểm tra lại ngày.`,
      `The date falls in ${year}, outside ${FIRST_YEAR}–${LAST_YEAR}. Check the date.`,
    );
  }
  return parsed(isoDate(year, date.getUTCMonth() + 1, date.getUTCDate()));
}

/** The Excel serial of an ISO date in 1900–2100; NaN for anything else. */
export function isoToExcelSerial(iso: string): number {
  const match = ISO_DATE.exec(iso);
  if (match === null) return Number.NaN;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < FIRST_YEAR || year > LAST_YEAR || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return Number.NaN;
  }
  const count = (Date.UTC(year, month - 1, day) - EXCEL_EPOCH) / MS_PER_DAY;
  return count <= FICTITIOUS_LEAP_DAY ? count - 1 : count;
}
