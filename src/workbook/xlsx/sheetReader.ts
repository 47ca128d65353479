/**
 * Reads a worksheet or a table as the port describes: stored values, never evaluated; the cells
 * hidden under a merge as null; sizes checked against the limits before the grid is built.
 */
import type { Cell, Row, Worksheet } from 'exceljs';
import { a1, parseRange, parseSheetRef, quoteSheetName, rangeA1 } from '../address';
import type { ReadCell, SheetGrid, SheetState, TableData } from '../port';
import { fromExcelValue, plainText } from './cellValue';
import { sheetProtection, type TableModel } from './excelInternals';
import { checkLimits, type WorkbookLimits } from './limits';

const MERGE_TYPE = 1; // exceljs ValueType.Merge: a cell covered by another cell's merge

/** exceljs leaves `state` unset for a visible sheet read from a file. */
export const sheetState = (ws: Worksheet): SheetState => ws.state ?? 'visible';

/** `#'Nhiệm vụ'!$E$7` (as stored) → `'Nhiệm vụ'!E7` (as the port writes links); URLs unchanged. */
function portLink(target: string): string {
  if (!target.startsWith('#')) return target;
  const ref = parseSheetRef(target.slice(1));
  return ref ? `${quoteSheetName(ref.sheet)}!${rangeA1(ref.range)}` : target.slice(1);
}

function noteText(note: unknown): string | undefined {
  if (typeof note === 'string') return note;
  if (typeof note === 'object' && note !== null && 'texts' in note) {
    return plainText({ richText: (note as { texts: unknown }).texts }) ?? undefined;
  }
  return undefined;
}

/** One cell as the port reads it; null for an empty cell or one hidden under a merge. */
export function readCell(cell: Cell | undefined): ReadCell | null {
  if (!cell || cell.type === MERGE_TYPE) return null;
  const value = fromExcelValue(cell.value);
  const note = noteText(cell.note);
  const formula = cell.formula;
  if (value === null && note === undefined && !formula) return null;
  const hyperlink = cell.hyperlink;
  return {
    value,
    ...(formula ? { formula } : {}),
    ...(cell.numFmt ? { numberFormat: cell.numFmt } : {}),
    ...(hyperlink ? { hyperlink: portLink(hyperlink) } : {}),
    ...(note !== undefined ? { note } : {}),
    locked: cell.protection?.locked !== false,
  };
}

/**
 * The cells a row stores, by column number. exceljs keeps them in a sparse array: walking its
 * columns one by one would cost 16,384 steps for a row whose only cell is a formatted, empty XFD.
 */
function storedCells(row: Row): [column: number, cell: Cell][] {
  const cells = (row as unknown as { _cells: Record<string, Cell | undefined> })._cells;
  return Object.entries(cells).flatMap(([index, cell]) => (cell === undefined ? [] : [[Number(index) + 1, cell] as [number, Cell]]));
}

/** Last row and column holding a value or a note; looks at stored rows and cells only, never creates any. */
function usedExtent(ws: Worksheet): { rows: number; columns: number } {
  let rows = 0;
  let columns = 0;
  for (let r = 1; r <= ws.rowCount; r++) {
    const row = ws.findRow(r);
    if (row === undefined) continue;
    for (const [c, cell] of storedCells(row)) {
      if (cell.value !== null || cell.note !== undefined) {
        rows = r;
        columns = Math.max(columns, c);
      }
    }
  }
  return { rows, columns };
}

export function readGrid(ws: Worksheet, limits: WorkbookLimits): SheetGrid {
  const extent = usedExtent(ws);
  checkLimits(ws.name, extent.rows, extent.columns, limits);
  const rows = Array.from({ length: extent.rows }, (_, r) => {
    const row = ws.findRow(r + 1);
    return Array.from({ length: extent.columns }, (_, c) => readCell(row?.findCell(c + 1)));
  });
  return { name: ws.name, state: sheetState(ws), rows, protected: sheetProtection(ws)?.sheet === true };
}

/** A table's header and data rows (values only), trailing empty rows left out. */
export function readTable(ws: Worksheet, table: TableModel, limits: WorkbookLimits): TableData | null {
  const range = table.tableRef ? parseRange(table.tableRef) : null;
  if (!range) return null;
  const width = range.right - range.left + 1;
  const firstData = range.top + (table.headerRow ? 1 : 0);
  const lastData = range.bottom - (table.totalsRow ? 1 : 0);
  checkLimits(ws.name, Math.max(lastData - firstData + 1, 0), width, limits);

  const valueAt = (row: number, col: number): ReadCell['value'] => readCell(ws.findCell(row, col))?.value ?? null;
  const headers = Array.from({ length: width }, (_, i) => {
    const text = table.headerRow ? valueAt(range.top, range.left + i) : null;
    return text === null || typeof text === 'object' ? (table.columns[i]?.name ?? '') : String(text);
  });
  const rows: ReadCell['value'][][] = [];
  for (let row = firstData; row <= lastData; row++) {
    rows.push(Array.from({ length: width }, (_, i) => valueAt(row, range.left + i)));
  }
  while (rows.length > 0 && rows[rows.length - 1].every((v) => v === null)) rows.pop();
  return { name: table.name, sheet: ws.name, at: a1(range.top, range.left), headers, rows };
}
