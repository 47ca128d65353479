/**
 * Kỳ báo cáo — a reporting period (`2022`, `2022-H1`, `2022-Q3`): its calendar range, and the
 * window its figures cover (thời gian chốt số liệu, Nghị định 09/2019/NĐ-CP, Điều 12): a year runs
 * 15/12 of the previous year to 14/12; H1 15/12 of the previous year to 14/6; H2 15/6 to 14/12;
 * a quarter from the 15th of the month before it to the 14th of its last month.
 */
import { z } from 'zod';
import { IsoDate } from './plan';
import { PeriodId } from './report';
import { FIRST_YEAR, LAST_YEAR, isoDate } from './vn/date';
import { Parsed, parsed, rejected } from './vn/result';

export const PeriodKind = z.enum(['year', 'half', 'quarter']);
export type PeriodKind = z.infer<typeof PeriodKind>;

export const Period = z.object({
  id: PeriodId,
  year: z.number().int(),
  kind: PeriodKind,
  /** 1 for a year; 1–2 for a half; 1–4 for a quarter. */
  index: z.number().int().min(1).max(4),
  start: IsoDate,
  end: IsoDate,
  cutOffFrom: IsoDate,
  cutOffTo: IsoDate,
});
export type Period = z.infer<typeof Period>;

const PERIOD_ID = /^(\d{4})(?:-([HQ])([1-4]))?$/;
const LAST_DAY_OF_MONTH: Record<number, number> = { 3: 31, 6: 30, 9: 30, 12: 31 };

/** Accepts the id in any case and around spaces (`2022-h1`); the returned id is canonical. */
export function parsePeriod(id: string): Parsed<Period> {
  const canonical = id.trim().toUpperCase();
  const match = PERIOD_ID.exec(canonical);
  if (match === null || (match[2] === 'H' && Number(match[3]) > 2)) {
    return rejected(
      'Không đọc được kỳ báo cáo. Hãy ghi năm (2022), 6 tháng (2022-H1, 2022-H2) hoặc quý (2022-Q1 … 2022-Q4).',
      'Cannot read the reporting period. Write a year (2022), a half (2022-H1, 2022-H2) or a quarter (2022-Q1 … 2022-Q4).',
    );
  }
  const year = Number(match[1]);
  if (year < FIRST_YEAR || year > LAST_YEAR) {
    return rejected(
      `Năm ${year} nằm ngoài khoảng ${FIRST_YEAR}–${LAST_YEAR}. Hãy kiểm tra lại kỳ báo cáo.`,
      `The year ${year} is outside ${FIRST_YEAR}–${LAST_YEAR}. Check the reporting period.`,
    );
  }
  const kind: PeriodKind = match[2] === undefined ? 'year' : match[2] === 'H' ? 'half' : 'quarter';
  const index = match[3] === undefined ? 1 : Number(match[3]);
  const months = kind === 'year' ? 12 : kind === 'half' ? 6 : 3;
  const firstMonth = (index - 1) * months + 1;
  const lastMonth = index * months;
  return parsed({
    id: canonical,
    year,
    kind,
    index,
    start: isoDate(year, firstMonth, 1),
    end: isoDate(year, lastMonth, LAST_DAY_OF_MONTH[lastMonth]),
    cutOffFrom: firstMonth === 1 ? isoDate(year - 1, 12, 15) : isoDate(year, firstMonth - 1, 15),
    cutOffTo: isoDate(year, lastMonth, 14),
  });
}

/** Whether an ISO date falls in the period's calendar range (ends included). */
export function periodContains(period: Period, date: string): boolean {
  return IsoDate.safeParse(date).success && period.start <= date && date <= period.end;
}
