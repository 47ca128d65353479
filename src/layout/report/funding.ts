/**
 * Trang `Kinh phí` — the plan's funding by source and by year, each set summed by a formula and,
 * when the document states a total, set against it: the difference and the verdict are formulas
 * too, so that correcting a line by hand updates the check.
 */
import type { FundingLineRow, FundingSet, FundingSummary } from '../../rules/compute';
import { roundingTolerance, writtenDecimals } from '../../rules/check/rounding';
import { formatVnNumber } from '../../domain/vn/number';
import type { SheetSpec } from '../../workbook/port';
import { columnLetters } from '../a1';
import { computedSheet, computedStyles, type ReportContext, writeHeading, writeSectionTitle } from './computedSheet';
import { columnWidths, formulaText, Grid, type Styles, sumOf, writeRow, writeTable } from './grid';
import type { FundingSheetLayout, ReportColumn } from './schema';
import { fill } from './text';

type FundingKey = FundingSheetLayout['columns'][number]['key'];

/** The stated total, the difference and the verdict, under the set's total row. */
function writeCheck(
  grid: Grid,
  styles: Styles,
  sheet: FundingSheetLayout,
  columns: readonly ReportColumn<FundingKey>[],
  sumRow: number,
  statedTotal: number,
): void {
  const rows = sheet.rows;
  const amountColumn = columnLetters(columns.findIndex((column) => column.key === 'amount') + 1);
  const amountAt = (row: number): string => `${amountColumn}${row}`;
  const stated = writeRow(grid, styles, columns, (key) => (key === 'label' ? rows.stated : key === 'amount' ? statedTotal : null), 'total');
  const difference = writeRow(
    grid,
    styles,
    columns,
    (key) => (key === 'label' ? rows.difference : key === 'amount' ? { formula: `${amountAt(sumRow)}-${amountAt(stated)}` } : null),
    'total',
  );
  const tolerance = roundingTolerance(statedTotal);
  writeRow(
    grid,
    styles,
    columns,
    (key) => {
      if (key === 'label') return fill(rows.result, { tolerance: formatVnNumber(tolerance, writtenDecimals(tolerance)) });
      if (key !== 'amount') return null;
      const verdict = `IF(ABS(${amountAt(difference)})<=${tolerance},${formulaText(sheet.results.matches)},${formulaText(sheet.results.differs)})`;
      return { value: { formula: verdict }, format: '@' };
    },
    'total',
  );
}

function writeSet(
  grid: Grid,
  styles: Styles,
  context: ReportContext,
  set: FundingSet,
  statedTotal: number | null,
  columns: readonly ReportColumn<FundingKey>[],
): void {
  const { layout } = context;
  const sheet = layout.sheets.funding;
  const written = writeTable<FundingLineRow, FundingKey>(grid, styles, {
    columns,
    rows: set.lines,
    cell: (key, line, index) => (key === 'number' ? index + 1 : key === 'label' ? line.label : line.amount),
    total: { labelKey: 'label', label: sheet.rows.sum, cell: (key, range) => (key === 'amount' ? sumOf(range(key)) : undefined) },
    empty: layout.noRows,
  });
  if (written.total === null) return;
  if (statedTotal === null) {
    grid.row([null, { value: sheet.noStatedTotal, style: styles.text({ italic: true }) }]);
    return;
  }
  writeCheck(grid, styles, sheet, columns, written.total, statedTotal);
}

export function fundingSheet(funding: FundingSummary | null, context: ReportContext): SheetSpec {
  const { layout } = context;
  const sheet = layout.sheets.funding;
  const styles = computedStyles(layout);
  const grid = new Grid();
  const unit = funding?.unit ?? '';
  const columns = sheet.columns.map((column) => ({
    ...column,
    header: fill(column.header, { unit }),
    header_en: fill(column.header_en, { unit }),
  }));
  const widths = columnWidths([columns]);
  writeHeading(grid, styles, context, sheet, widths.length);
  if (funding === null) {
    grid.blank();
    grid.row([{ value: sheet.noFunding, style: styles.text({ italic: true }) }]);
    return computedSheet(sheet.name, grid, widths, layout.print);
  }
  writeSectionTitle(grid, styles, sheet.bySource);
  writeSet(grid, styles, context, funding.bySource, funding.statedTotal, columns);
  writeSectionTitle(grid, styles, sheet.byYear);
  writeSet(grid, styles, context, funding.byYear, funding.statedTotal, columns);
  return computedSheet(sheet.name, grid, widths, layout.print);
}
