/**
 * Phụ lục chỉ tiêu — the target appendix of a report: the targets grouped by the year they are
 * set for (`I. Mục tiêu đến năm 2025`, `II. … 2030`), STT restarting in each group, the plan's
 * value as the document writes it (`Trên 15`, `8,0-8,5`), the figure of each year, % of plan and
 * the assessment (for growth targets with the average growth achieved).
 */
import { formatVnNumber } from '../../domain/vn/number';
import { TARGET_STATUS_LABELS, type TargetProgress, type TargetProgressRow } from '../../rules/compute';
import type { Plan } from '../../domain/plan';
import type { SheetSpec } from '../../workbook/port';
import { type AppendixContext, appendixSheet, appendixStyles, writeAppendixTop, writeGroupRow } from './appendix';
import { Grid, writeHeader, writeRow, type Written } from './grid';
import type { TargetAppendixLayout } from './schema';
import { fill, planNumberText, planValueText, roman } from './text';
import { actualYears, expandYears, type YearKey } from './years';

type TargetKey = Exclude<TargetAppendixLayout['columns'][number]['key'], 'actuals'> | YearKey;

export interface TargetAppendixInput {
  readonly plan: Plan;
  readonly progress: TargetProgress;
}

function assessment(row: TargetProgressRow, layout: TargetAppendixLayout): string {
  const status = TARGET_STATUS_LABELS[row.status].vi;
  const achieved = row.growth?.achievedGrowth ?? null;
  if (row.kind !== 'average-growth' || achieved === null || row.status === 'no-data') return status;
  return fill(layout.growth, {
    status,
    rate: formatVnNumber(achieved * 100, 1),
    plan: planNumberText(row, layout.comparisons),
  });
}

function targetCell(key: TargetKey, row: TargetProgressRow, index: number, layout: TargetAppendixLayout): Written {
  switch (key) {
    case 'number':
      return index + 1;
    case 'indicator':
      return row.indicator;
    case 'unit':
      return row.unit;
    case 'plan':
      return planValueText(row, layout.comparisons);
    case 'percentOfPlan':
      return row.percentOfPlan;
    case 'assessment':
      return assessment(row, layout);
    default:
      return row.actuals.find((actual) => `actuals:${actual.year}` === key)?.value ?? null;
  }
}

export function targetAppendix(input: TargetAppendixInput, context: AppendixContext, layout: TargetAppendixLayout): SheetSpec {
  const styles = appendixStyles(context.layout.appendix);
  const grid = new Grid();
  const columns = expandYears(layout.columns, actualYears(input.plan, input.progress));
  writeAppendixTop(grid, styles, context, layout, columns);
  const headerRow = writeHeader(grid, styles, columns);
  const years = [...new Set(input.progress.rows.map((row) => row.targetYear))].sort((a, b) => a - b);
  years.forEach((year, groupIndex) => {
    writeGroupRow(grid, styles, columns, roman(groupIndex + 1), fill(layout.group, { year }));
    input.progress.rows
      .filter((row) => row.targetYear === year)
      .forEach((row, index) => writeRow(grid, styles, columns, (key) => targetCell(key, row, index, layout)));
  });
  return appendixSheet(layout.sheetName, grid, columns, context.layout.appendix, headerRow);
}
