/**
 * Chọn kỳ báo cáo — the years a plan's reporting periods can fall in, and the period ids the
 * picker builds (`2022`, `2022-H1`, `2022-Q3`, as `parsePeriod` reads them).
 */
import type { PlanDocument } from '../../domain/plan';

export type PeriodKind = 'year' | 'half' | 'quarter';

export interface PeriodParts {
  readonly year: number;
  readonly kind: PeriodKind;
  /** 1 for a year; 1–2 for a half; 1–4 for a quarter. */
  readonly index: number;
}

export const PERIOD_INDEXES: Readonly<Record<PeriodKind, readonly number[]>> = {
  year: [1],
  half: [1, 2],
  quarter: [1, 2, 3, 4],
};

export function periodId({ year, kind, index }: PeriodParts): string {
  if (kind === 'year') return String(year);
  return `${year}-${kind === 'half' ? 'H' : 'Q'}${index}`;
}

/**
 * The plan's years (giai đoạn), from its first year — or the year it was issued — to its last —
 * or its horizon; the current year is always offered, since a plan is followed after it ends.
 */
export function periodYears(document: Pick<PlanDocument, 'periodFrom' | 'periodTo' | 'horizon' | 'date'>, currentYear: number): number[] {
  const issued = document.date === null ? null : Number(document.date.slice(0, 4));
  const first = Math.min(document.periodFrom ?? issued ?? currentYear, currentYear);
  const last = Math.max(document.periodTo ?? document.horizon ?? currentYear, currentYear);
  return Array.from({ length: last - first + 1 }, (_, offset) => first + offset);
}
