/** Reading a written SheetSpec back as cells, by A1 address or by content, for the report tests. */
import { a1, parseA1 } from '../../../src/layout/a1';
import type { CellValue, SheetSpec, StyledCell } from '../../../src/workbook/port';

/** The one cells block every report sheet is written as. */
export function sheetRows(spec: SheetSpec): readonly (readonly (StyledCell | null)[])[] {
  const [block] = spec.blocks;
  if (block === undefined || block.kind !== 'cells' || block.at !== 'A1' || spec.blocks.length !== 1) {
    throw new Error(`${spec.name}: expected one cells block at A1`);
  }
  return block.rows;
}

export function cellAt(spec: SheetSpec, address: string): StyledCell | null {
  const position = parseA1(address);
  if (position === null) throw new Error(`not an address: ${address}`);
  return sheetRows(spec)[position.row - 1]?.[position.column - 1] ?? null;
}

export const valueAt = (spec: SheetSpec, address: string): CellValue | undefined => cellAt(spec, address)?.value;

/** 1-based rows whose cell in `column` (1 = A) holds `value`. */
export function rowsWith(spec: SheetSpec, column: number, value: CellValue): number[] {
  return sheetRows(spec).flatMap((row, index) => (row[column - 1]?.value === value ? [index + 1] : []));
}

/** The only row whose cell in `column` holds `value`. */
export function rowWith(spec: SheetSpec, column: number, value: CellValue): number {
  const rows = rowsWith(spec, column, value);
  if (rows.length !== 1) throw new Error(`${spec.name}: ${rows.length} rows hold ${JSON.stringify(value)} in column ${column}`);
  return rows[0] as number;
}

/** The values of one row from column A, as written. */
export const rowValues = (spec: SheetSpec, row: number): (CellValue | undefined)[] =>
  (sheetRows(spec)[row - 1] ?? []).map((cell) => cell?.value);

/** The column (1 = A) whose cell in `row` holds `value`. */
export function columnWith(spec: SheetSpec, row: number, value: CellValue): number {
  const column = (sheetRows(spec)[row - 1] ?? []).findIndex((cell) => cell?.value === value);
  if (column < 0) throw new Error(`${spec.name}: row ${row} holds no ${JSON.stringify(value)}`);
  return column + 1;
}

export const address = (column: number, row: number): string => a1({ column, row });
