/**
 * A1 addresses (địa chỉ ô) — shared by both workbook adapters. Rows and columns are 1-based, as
 * Excel numbers them. Parsers return null for anything that is not an address: an address comes
 * from our own specs or from a workbook's structure, never from an officer's text.
 */

/** The largest sheet Excel allows. */
export const EXCEL_MAX_ROWS = 1_048_576;
export const EXCEL_MAX_COLUMNS = 16_384;

export interface CellAddress {
  readonly row: number;
  readonly col: number;
}

/** A rectangle of cells, inclusive on every side. */
export interface RangeAddress {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** 1 → `A`, 27 → `AA`, 16384 → `XFD`. */
export function colToLetters(col: number): string {
  if (!Number.isInteger(col) || col < 1 || col > EXCEL_MAX_COLUMNS) {
    throw new RangeError(`Column ${col} is outside 1…${EXCEL_MAX_COLUMNS}`);
  }
  let letters = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/** `A` → 1, `xfd` → 16384; null when not a column of a sheet. */
export function lettersToCol(letters: string): number | null {
  if (!/^[A-Za-z]{1,3}$/.test(letters)) return null;
  let col = 0;
  for (const ch of letters.toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return col <= EXCEL_MAX_COLUMNS ? col : null;
}

/** `B7` or `$B$7` → { row: 7, col: 2 }. */
export function parseA1(text: string): CellAddress | null {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(text.trim());
  if (!match) return null;
  const col = lettersToCol(match[1]);
  const row = Number(match[2]);
  if (col === null || row < 1 || row > EXCEL_MAX_ROWS) return null;
  return { row, col };
}

/** (7, 2) → `B7`. */
export function a1(row: number, col: number): string {
  if (!Number.isInteger(row) || row < 1 || row > EXCEL_MAX_ROWS) {
    throw new RangeError(`Row ${row} is outside 1…${EXCEL_MAX_ROWS}`);
  }
  return `${colToLetters(col)}${row}`;
}

/** `A1:C5` (either corner first) or a single cell `B7` → a normalised rectangle. */
export function parseRange(text: string): RangeAddress | null {
  const parts = text.trim().split(':');
  if (parts.length > 2) return null;
  const from = parseA1(parts[0]);
  const to = parts.length === 2 ? parseA1(parts[1]) : from;
  if (!from || !to) return null;
  return {
    top: Math.min(from.row, to.row),
    left: Math.min(from.col, to.col),
    bottom: Math.max(from.row, to.row),
    right: Math.max(from.col, to.col),
  };
}

/** A rectangle back to `A1:C5`, or `B7` when it is one cell. */
export function rangeA1(range: RangeAddress): string {
  const from = a1(range.top, range.left);
  const to = a1(range.bottom, range.right);
  return from === to ? from : `${from}:${to}`;
}

/** `$A$1:$A$5` (or `$E$7` for one cell) — the form that does not move when a formula is copied. */
export function absoluteRangeA1(range: RangeAddress): string {
  const from = `$${colToLetters(range.left)}$${range.top}`;
  const to = `$${colToLetters(range.right)}$${range.bottom}`;
  return from === to ? from : `${from}:${to}`;
}

export const rangesOverlap = (a: RangeAddress, b: RangeAddress): boolean =>
  a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;

/** `Nhiệm vụ` → `'Nhiệm vụ'`; quotes are always accepted by Excel, so always add them. */
export const quoteSheetName = (sheet: string): string => `'${sheet.replace(/'/g, "''")}'`;

/** `'Nhiệm vụ'!E7`, `Sheet1!A1:B2` → the sheet name and the range. */
export function parseSheetRef(text: string): { readonly sheet: string; readonly range: RangeAddress } | null {
  const bang = text.lastIndexOf('!');
  if (bang <= 0) return null;
  const rawSheet = text.slice(0, bang);
  const range = parseRange(text.slice(bang + 1));
  if (!range) return null;
  const quoted = /^'((?:[^']|'')+)'$/.exec(rawSheet);
  if (quoted) return { sheet: quoted[1].replace(/''/g, "'"), range };
  if (/['!]/.test(rawSheet)) return null;
  return { sheet: rawSheet, range };
}
