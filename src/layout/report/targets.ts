/**
 * Trang `Tiến độ chỉ tiêu` — each target's plan, base, the figure of every year, % of plan, what
 * the trajectory requires by now, the growth achieved and still required, the status; and under
 * the table the rule the status follows, so that nobody has to guess how it was judged.
 */
import type { TargetProgress, TargetProgressRow } from '../../rules/compute';
import { TARGET_STATUS_LABELS } from '../../rules/compute';
import type { SheetSpec } from '../../workbook/port';
import { computedSheet, computedStyles, type ReportContext, writeHeading, writeSectionTitle } from './computedSheet';
import { columnWidths, Grid, type Styles, writeTable, type Written } from './grid';
import type { TargetAppendixLayout, TargetsSheetLayout } from './schema';
import { planValueText } from './text';
import { actualYears, expandYears, type YearKey } from './years';

type TargetKey = Exclude<TargetsSheetLayout['columns'][number]['key'], 'actuals'> | YearKey;

function targetCell(key: TargetKey, row: TargetProgressRow, index: number, comparisons: TargetAppendixLayout['comparisons']): Written {
  const { growth } = row;
  switch (key) {
    case 'number':
      return index + 1;
    case 'plan':
      return planValueText(row, comparisons);
    case 'baseYear':
      return growth?.baseYear ?? row.baselineYear;
    case 'baseValue':
      return growth?.baseValue ?? row.baselineValue;
    case 'achievedGrowth':
      return growth?.achievedGrowth ?? null;
    case 'requiredGrowth':
      return growth?.requiredGrowth ?? null;
    case 'projectedValue':
      return growth?.projectedValue ?? null;
    case 'status':
      return TARGET_STATUS_LABELS[row.status].vi;
    case 'indicator':
    case 'unit':
    case 'targetYear':
    case 'percentOfPlan':
    case 'reference':
    case 'percentOfReference':
      return row[key];
    default:
      return row.actuals.find((actual) => `actuals:${actual.year}` === key)?.value ?? null;
  }
}

/** The rule as a paragraph across the table, Vietnamese then English. */
function writeRule(
  grid: Grid,
  styles: Styles,
  sheet: TargetsSheetLayout,
  progress: TargetProgress,
  columns: number,
  englishColor: string,
): void {
  for (const [title, rule, english] of [
    [sheet.ruleTitle, progress.rule_vi, false],
    [sheet.ruleTitle_en, progress.rule_en, true],
  ] as const) {
    const colour = english ? { color: englishColor } : {};
    grid.blank();
    grid.row([{ value: title, style: styles.text({ bold: true, ...colour }) }]);
    const style = styles.text({ wrap: true, vertical: 'top', italic: english, ...colour });
    grid.line({ value: rule, style }, columns);
  }
}

export function targetsSheet(progress: TargetProgress, context: ReportContext, comparisons: TargetAppendixLayout['comparisons']): SheetSpec {
  const { layout, plan } = context;
  const sheet = layout.sheets.targets;
  const styles = computedStyles(layout);
  const grid = new Grid();
  const columns = expandYears(sheet.columns, actualYears(plan, progress));
  const widths = columnWidths([columns]);
  writeHeading(grid, styles, context, sheet, widths.length);
  writeSectionTitle(grid, styles, sheet);
  writeTable(grid, styles, {
    columns,
    rows: progress.rows,
    cell: (key, row, index) => targetCell(key, row, index, comparisons),
    empty: layout.noRows,
  });
  writeRule(grid, styles, sheet, progress, widths.length, layout.look.englishColor);
  return computedSheet(sheet.name, grid, widths, layout.print);
}
