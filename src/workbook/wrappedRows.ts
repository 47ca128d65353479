/**
 * Dòng có chữ xuống dòng — the rows of a SheetSpec that hold wrapped text and whose height the
 * spec leaves open, with the column widths the text wraps in. The `.xlsx` writer estimates those
 * rows' heights; the Office.js writer has Excel fit them.
 */
import { parseA1, parseRange, type RangeAddress } from './address';
import type { Block, CellStyle, CellValue, SheetSpec } from './port';

/** Column widths in characters by 1-based column: the sheet's, then its tables' columns. */
export function columnWidths(spec: SheetSpec): Map<number, number> {
  const widths = new Map<number, number>();
  spec.columnWidths?.forEach((width, i) => widths.set(i + 1, width));
  for (const block of spec.blocks) {
    if (block.kind !== 'table') continue;
    const origin = parseA1(block.at);
    if (!origin) continue;
    block.table.columns.forEach((column, c) => {
      if (column.width !== undefined) widths.set(origin.col + c, column.width);
    });
  }
  return widths;
}

/** A cell whose text wraps: the cell, or the merged range it heads. */
export interface WrappedCell {
  readonly area: RangeAddress;
  /** Numbers, dates and formulas do not wrap: they take one line, as an empty text does. */
  readonly text: string;
  readonly style: CellStyle;
}

const single = (row: number, col: number): RangeAddress => ({ top: row, left: col, bottom: row, right: col });

function wrapped(area: RangeAddress, value: CellValue, style: CellStyle | undefined): WrappedCell[] {
  return style?.wrap ? [{ area, text: typeof value === 'string' ? value : '', style }] : [];
}

function wrappedInBlock(block: Block): WrappedCell[] {
  const origin = parseA1(block.at);
  if (!origin) return [];
  if (block.kind === 'table') {
    const { columns, rows, headerStyle } = block.table;
    // A table without data rows keeps one empty row.
    const body: readonly (readonly CellValue[])[] = rows.length > 0 ? rows : [[]];
    return [
      ...columns.flatMap((column, c) => wrapped(single(origin.row, origin.col + c), column.header, headerStyle)),
      ...body.flatMap((row, r) =>
        columns.flatMap((column, c) => wrapped(single(origin.row + 1 + r, origin.col + c), row[c] ?? null, column.style)),
      ),
    ];
  }
  const merges = (block.merges ?? []).map(parseRange).filter((range): range is RangeAddress => range !== null);
  /** A merged range's text wraps in the width of all its columns; the cells it covers show nothing. */
  const areaOf = (row: number, col: number): RangeAddress | null => {
    const merge = merges.find((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right);
    if (!merge) return single(row, col);
    return merge.top === row && merge.left === col ? merge : null;
  };
  return block.rows.flatMap((row, r) =>
    row.flatMap((cell, c) => {
      const area = cell ? areaOf(origin.row + r, origin.col + c) : null;
      return cell && area ? wrapped(area, cell.value, cell.style) : [];
    }),
  );
}

/** Rows whose height a block of the sheet states. */
function statedRows(spec: SheetSpec): Set<number> {
  const stated = new Set<number>();
  for (const block of spec.blocks) {
    if (block.kind !== 'cells') continue;
    const origin = parseA1(block.at);
    if (!origin) continue;
    for (const offset of Object.keys(block.rowHeights ?? {})) stated.add(origin.row + Number(offset));
  }
  return stated;
}

/** Each row (1-based) holding wrapped text and no stated height, with the wrapped cells reaching into it. */
export function rowsToFit(spec: SheetSpec): Map<number, WrappedCell[]> {
  const stated = statedRows(spec);
  const rows = new Map<number, WrappedCell[]>();
  for (const cell of spec.blocks.flatMap(wrappedInBlock)) {
    for (let row = cell.area.top; row <= cell.area.bottom; row++) {
      if (stated.has(row)) continue;
      const cells = rows.get(row);
      if (cells) cells.push(cell);
      else rows.set(row, [cell]);
    }
  }
  return rows;
}
