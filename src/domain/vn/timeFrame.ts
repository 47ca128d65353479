/**
 * Thời gian thực hiện — a task's time frame as the appendix tables write it: a year (`2022`), a
 * span (`2022-2025`, `2021 - 2030`, any dash), recurring (`Hàng năm`, `Hằng năm`; `Thường xuyên`
 * — "regularly" — is also recurring, since such a task is judged every year like a yearly one),
 * or none (an empty cell). Anything else (`Quý III/2022`) is rejected, not guessed.
 */
import { z } from 'zod';
import { FIRST_YEAR, LAST_YEAR, YearlyDay, daysInMonth, isoDate } from './date';
import { nameKey } from './nameKey';
import { Parsed, parsed, rejected } from './result';

export const TimeFrame = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('year'), year: z.number().int() }),
  z.object({ kind: z.literal('span'), from: z.number().int(), to: z.number().int() }),
  z.object({ kind: z.literal('recurring') }),
  z.object({ kind: z.literal('none') }),
]);
export type TimeFrame = z.infer<typeof TimeFrame>;

const YEAR = /^(\d{4})$/;
const SPAN = /^(\d{4})\s*[-–—]\s*(\d{4})$/;
const RECURRING_KEYS = new Set(['hang nam', 'thuong xuyen']);

const yearOutOfRange = (year: number): Parsed<TimeFrame> =>
  rejected(
    `Năm ${year} nằm ngoài khoảng ${FIRST_YEAR}–${LAST_YEAR}. Hãy kiểm tra lại thời gian thực hiện.`,
    `The year ${year} is outside ${FIRST_YEAR}–${LAST_YEAR}. Check the time frame.`,
  );

const inRange = (year: number): boolean => year >= FIRST_YEAR && year <= LAST_YEAR;

/** A span whose two years are equal is read as that year. */
export function parseTimeFrame(text: string): Parsed<TimeFrame> {
  const trimmed = text.normalize('NFC').replace(/\s+/g, ' ').trim();
  if (trimmed === '') return parsed({ kind: 'none' });
  const year = YEAR.exec(trimmed);
  if (year !== null) {
    const value = Number(year[1]);
    return inRange(value) ? parsed({ kind: 'year', year: value }) : yearOutOfRange(value);
  }
  const span = SPAN.exec(trimmed);
  if (span !== null) {
    const from = Number(span[1]);
    const to = Number(span[2]);
    if (!inRange(from)) return yearOutOfRange(from);
    if (!inRange(to)) return yearOutOfRange(to);
    if (from > to) {
      return rejected(
        `Khoảng năm ghi ngược (${from} sau ${to}). Hãy ghi năm bắt đầu trước, ví dụ ${to}-${from}.`,
        `The span is reversed (${from} is after ${to}). Write the first year first, e.g. ${to}-${from}.`,
      );
    }
    return parsed(from === to ? { kind: 'year', year: from } : { kind: 'span', from, to });
  }
  if (RECURRING_KEYS.has(nameKey(trimmed))) return parsed({ kind: 'recurring' });
  return rejected(
    'Không đọc được thời gian thực hiện. Hãy ghi một năm (2022), một giai đoạn (2022-2025) hoặc "Hàng năm".',
    'Cannot read the time frame. Write a year (2022), a span (2022-2025) or "Hàng năm" (every year).',
  );
}

/** The period the plan covers, and the day of the year recurring tasks fall due (default 31/12). */
export interface DueDateContext {
  fromYear: number;
  toYear: number;
  yearlyDue?: YearlyDay;
}

const YEAR_END: YearlyDay = { day: 31, month: 12 };

/**
 * Hạn hoàn thành — the due date(s) a time frame implies: the end of the year, the end of a span's
 * last year, or one per plan year for a recurring task. A yearly day missing in some year (29/02)
 * falls on the last day of that month.
 */
export function dueDates(frame: TimeFrame, context: DueDateContext): string[] {
  switch (frame.kind) {
    case 'year':
      return [isoDate(frame.year, 12, 31)];
    case 'span':
      return [isoDate(frame.to, 12, 31)];
    case 'recurring': {
      const { day, month } = context.yearlyDue ?? YEAR_END;
      const dates: string[] = [];
      for (let year = context.fromYear; year <= context.toYear; year += 1) {
        dates.push(isoDate(year, month, Math.min(day, daysInMonth(year, month))));
      }
      return dates;
    }
    case 'none':
      return [];
  }
}
