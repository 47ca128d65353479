/**
 * Builds the port's read shapes from what one sync loaded: a sheet's used range (values, formulas,
 * number formats) as a grid from row 1, column A; a table's header and body as TableData. The
 * Office.js adapter reads stored values, formulas and formats only — hyperlinks, notes and
 * locking would cost a request per cell or a newer API, and the commands do not need them.
 */
import { a1, parseSheetRef } from '../address';
import type { ReadCell, SheetGrid, SheetInfo, SheetState, TableData } from '../port';
import { fromOfficeCell, fromOfficeValue } from './cellValues';

type Grid = readonly (readonly unknown[])[];

const STATES: Readonly<Record<string, SheetState>> = { Visible: 'visible', Hidden: 'hidden', VeryHidden: 'veryHidden' };

/** `Visible`, `Hidden`, `VeryHidden` → the port's sheet state. */
export const sheetState = (visibility: string): SheetState => STATES[visibility] ?? 'visible';

export const sheetInfo = (sheet: { readonly name: string; readonly visibility: string }): SheetInfo => ({
  name: sheet.name,
  state: sheetState(sheet.visibility),
});

/** The loaded used range (values only) of a sheet, placed at its 0-based position. */
export interface UsedRange {
  readonly values: Grid;
  readonly formulas: Grid;
  readonly numberFormat: Grid;
  readonly rowIndex: number;
  readonly columnIndex: number;
}

export function toSheetGrid(info: SheetInfo, used: UsedRange | null, isProtected: boolean): SheetGrid {
  if (!used) return { ...info, rows: [], protected: isProtected };
  const width = used.columnIndex + (used.values[0]?.length ?? 0);
  const rows: (ReadCell | null)[][] = Array.from({ length: used.rowIndex }, () => Array.from({ length: width }, () => null));
  used.values.forEach((row, r) => {
    const cells: (ReadCell | null)[] = Array.from({ length: used.columnIndex }, () => null);
    row.forEach((value, c) => cells.push(fromOfficeCell(value, used.formulas[r]?.[c], used.numberFormat[r]?.[c])));
    rows.push(cells);
  });
  while (rows.length > 0 && rows[rows.length - 1].every((cell) => cell === null)) rows.pop();
  return { ...info, rows, protected: isProtected };
}

/** What one sync loaded for a table. */
export interface LoadedTable {
  readonly name: string;
  readonly sheet: string;
  /** The header row's address, `'Nhiệm vụ'!A1:J1`. */
  readonly headerAddress: string;
  readonly headers: Grid;
  readonly values: Grid;
  readonly numberFormat: Grid;
}

/** A table's header and data rows (values only), trailing empty rows left out. */
export function toTableData(table: LoadedTable): TableData {
  const ref = parseSheetRef(table.headerAddress);
  const at = ref ? a1(ref.range.top, ref.range.left) : 'A1';
  const headers = (table.headers[0] ?? []).map((h) => (h === null || h === undefined ? '' : String(h)));
  const rows = table.values.map((row, r) => row.map((value, c) => fromOfficeValue(value, table.numberFormat[r]?.[c])));
  while (rows.length > 0 && rows[rows.length - 1].every((v) => v === null)) rows.pop();
  return { name: table.name, sheet: table.sheet, at, headers, rows };
}
