/**
 * Các năm thực hiện — the years that get a `Thực hiện năm …` column: from the plan's first year
 * (or an earlier year a target starts in or has a figure for) to the year of the cut-off date.
 */
import type { Plan } from '../../domain/plan';
import type { TargetProgress } from '../../rules/compute';
import type { ReportColumn } from './schema';

export function actualYears(plan: Plan, progress: TargetProgress): number[] {
  const lastYear = Number(progress.asOf.slice(0, 4));
  const starts = [
    plan.document.periodFrom,
    ...plan.targets.map((target) => target.startYear),
    ...progress.rows.flatMap((row) => row.actuals.map((actual) => actual.year)),
  ].filter((year): year is number => year !== null);
  const firstYear = starts.length === 0 ? lastYear : Math.min(...starts);
  return Array.from({ length: Math.max(0, lastYear - firstYear + 1) }, (_, index) => firstYear + index);
}

/** The column key of one year's figure: `actuals:2022`. */
export type YearKey = `actuals:${number}`;
export const yearKey = (year: number): YearKey => `actuals:${year}`;

/** Replaces the layout's `actuals` column by one column per year, `{year}` filled in its headers. */
export function expandYears<K extends string>(
  columns: readonly ReportColumn<K>[],
  years: readonly number[],
): ReportColumn<Exclude<K, 'actuals'> | YearKey>[] {
  return columns.flatMap((column): ReportColumn<Exclude<K, 'actuals'> | YearKey>[] =>
    column.key === 'actuals'
      ? years.map((year) => ({
          ...column,
          key: yearKey(year),
          header: column.header.replace('{year}', String(year)),
          header_en: column.header_en.replace('{year}', String(year)),
        }))
      : [{ ...column, key: column.key as Exclude<K, 'actuals'> }],
  );
}
