/**
 * Repairs exceljs 4.4's reading of table definitions saved by Excel, so that a workbook opened,
 * changed and saved again keeps its tables intact:
 * - Excel omits `headerRowCount` when it is 1; exceljs then reads "no header row" and would write
 *   `headerRowCount="0"` next to an autoFilter, which Excel repairs by deleting the filter
 *   (exceljs issues #2184, #2277).
 * - a `<tableColumn>` with a child (`calculatedColumnFormula`, added when an officer types a formula
 *   in a column) ends exceljs's column list early (issue #2597), so the table would be written
 *   with fewer columns than its range.
 * - filter buttons are read as hidden unless a column has a `hiddenButton="0"` entry, and a
 *   table whose buttons were switched off would be written with an autoFilter without a range.
 * Nothing here reads the table XML itself: names and ranges come from exceljs; header text comes
 * from the sheet's header cells, which Excel keeps equal to the column names.
 */
import type { Worksheet } from 'exceljs';
import { parseRange, rangeA1, type RangeAddress } from '../address';
import { plainText } from './cellValue';
import { removeTable, tableModels, type TableColumnModel, type TableModel } from './excelInternals';

const headerText = (ws: Worksheet, row: number, col: number): string | null => {
  const text = plainText(ws.findCell(row, col)?.value);
  return text === null || text === '' ? null : text;
};

function hasHeaderRow(ws: Worksheet, table: TableModel, range: RangeAddress): boolean {
  if (table.headerRow || table.autoFilterRef) return true;
  // Without an autoFilter, a header row shows itself by cells equal to the column names.
  return (
    table.columns.length > 0 &&
    table.columns.every((column, i) => headerText(ws, range.top, range.left + i) === column.name)
  );
}

function fullColumns(ws: Worksheet, table: TableModel, range: RangeAddress): TableColumnModel[] {
  const width = range.right - range.left + 1;
  if (table.columns.length === width) return table.columns;
  return Array.from({ length: width }, (_, i) => {
    const header = table.headerRow ? headerText(ws, range.top, range.left + i) : null;
    const name = header ?? table.columns[i]?.name ?? `Column${i + 1}`;
    return table.columns[i]?.name === name ? table.columns[i] : { name };
  });
}

/** Fixes every table of a just-loaded worksheet in place; drops one whose range is unreadable. */
export function repairLoadedTables(ws: Worksheet): void {
  for (const table of tableModels(ws)) {
    const range = table.tableRef ? parseRange(table.tableRef) : null;
    if (!range) {
      removeTable(ws, table.name);
      continue;
    }
    table.headerRow = hasHeaderRow(ws, table, range);
    table.columns = fullColumns(ws, table, range);
    if (table.autoFilterRef) {
      for (const column of table.columns) column.filterButton = true;
    } else if (table.headerRow) {
      // Filter buttons switched off: exceljs always writes an autoFilter, so give it the range and
      // hide every button, as the officer left it.
      table.autoFilterRef = rangeA1({ ...range, bottom: range.bottom - (table.totalsRow ? 1 : 0) });
      for (const column of table.columns) column.filterButton = false;
    }
    table.style ??= { theme: null, showRowStripes: true };
  }
}
