/** A1 addresses: column letters and row numbers, 1-based as Excel counts them. */

export interface CellPosition {
  readonly column: number; // 1 = A
  readonly row: number; // 1-based
}

export function columnLetters(column: number): string {
  let letters = '';
  for (let rest = column; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  }
  return letters;
}

export const a1 = (position: CellPosition): string => `${columnLetters(position.column)}${position.row}`;

/** `C12` → { column: 3, row: 12 }; null for anything else (a range, a sheet-qualified address). */
export function parseA1(address: string): CellPosition | null {
  const match = /^\$?([A-Za-z]{1,3})\$?([1-9]\d*)$/.exec(address.trim());
  if (match === null) return null;
  const column = [...match[1].toUpperCase()].reduce((sum, letter) => sum * 26 + letter.charCodeAt(0) - 64, 0);
  return { column, row: Number(match[2]) };
}

/** The cell `columns` to the right of and `rows` below `origin`. */
export function offsetA1(origin: string, columns: number, rows: number): string {
  const start = parseA1(origin) ?? { column: 1, row: 1 };
  return a1({ column: start.column + columns, row: start.row + rows });
}
