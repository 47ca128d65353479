/**
 * Lưới ô — how the report sheets are put together: rows appended top to bottom into one cells
 * block, tables with a header row (and an English one on the computed sheets), data rows styled by
 * their column's format, and total rows whose formulas name the rows above them, so that an
 * official sees the sums work and they stay right when a figure is corrected by hand.
 */
import type { Block, CellStyle, CellValue, FormulaValue, StyledCell } from '../../workbook/port';
import { a1, columnLetters, parseA1 } from '../a1';
import type { Align, ReportColumn } from './schema';

export class Grid {
  private readonly cells: (StyledCell | null)[][] = [];
  private readonly merges: string[] = [];

  /** The 1-based sheet row the next `row` writes. */
  get nextRow(): number {
    return this.cells.length + 1;
  }

  /** Appends a row; returns its 1-based sheet row. */
  row(cells: readonly (StyledCell | null)[]): number {
    this.cells.push([...cells]);
    return this.cells.length;
  }

  blank(): number {
    return this.row([]);
  }

  /** One cell across the first `columns` columns: a title, a caption, a paragraph. */
  line(cell: StyledCell, columns: number): number {
    const row = this.row([cell]);
    this.merge(row, 1, columns);
    return row;
  }

  /** Merges columns `from`–`to` (1-based) of a row; one column is no merge. */
  merge(row: number, from: number, to: number): void {
    if (to > from) this.merges.push(`${a1({ column: from, row })}:${a1({ column: to, row })}`);
  }

  /** Row heights are left to the adapter, which fits them to the wrapped text (merged cells too). */
  block(): Block {
    return { kind: 'cells', at: 'A1', rows: this.cells, merges: this.merges };
  }
}

/** A value with a format of its own, when it differs from its column's (a summary's rows). */
export interface Formatted {
  readonly value: CellValue;
  readonly format: string;
}
export type Written = CellValue | Formatted;

const isFormatted = (written: Written): written is Formatted =>
  typeof written === 'object' && written !== null && 'value' in written && 'format' in written;

export type Emphasis = 'plain' | 'total' | 'group';

export interface TableLook {
  readonly fontName: string;
  readonly fontSize: number;
  /** The computed sheets shade headers and totals; appendices are printed plain, as documents are. */
  readonly headerFill?: string;
  readonly totalFill?: string;
  /** The computed sheets carry an English header row under the Vietnamese one. */
  readonly englishColor?: string;
}

/** One style object per use, so that the adapters share them between cells. */
export class Styles {
  private readonly memo = new Map<string, CellStyle>();
  readonly header: CellStyle;
  readonly headerEnglish: CellStyle;

  constructor(readonly look: TableLook) {
    const base = { fontName: look.fontName, fontSize: look.fontSize, border: true, wrap: true } as const;
    this.header = { ...base, bold: true, horizontal: 'center', vertical: 'middle', ...(look.headerFill && { fill: look.headerFill }) };
    this.headerEnglish = {
      ...base,
      italic: true,
      fontSize: Math.max(8, look.fontSize - 2),
      horizontal: 'center',
      vertical: 'middle',
      ...(look.englishColor && { color: look.englishColor }),
      ...(look.headerFill && { fill: look.headerFill }),
    };
  }

  cell(format: string, align: Align, emphasis: Emphasis = 'plain'): CellStyle {
    const key = `${format}\u0000${align}\u0000${emphasis}`;
    let style = this.memo.get(key);
    if (style === undefined) {
      style = {
        fontName: this.look.fontName,
        fontSize: this.look.fontSize,
        border: true,
        wrap: true,
        vertical: 'top',
        horizontal: align,
        numberFormat: format,
        ...(emphasis !== 'plain' && { bold: true }),
        ...(emphasis === 'total' && this.look.totalFill && { fill: this.look.totalFill }),
      };
      this.memo.set(key, style);
    }
    return style;
  }

  /** Text outside tables: titles, captions, notes. */
  text(options: Omit<CellStyle, 'fontName'>): CellStyle {
    return { fontName: this.look.fontName, fontSize: this.look.fontSize, ...options };
  }
}

export interface RowRefs<K extends string> {
  readonly row: number;
  /** The address of column `key` in this row, or in another row of the same table. */
  at(key: K, otherRow?: number): string;
}

function refsFor<K extends string>(columns: readonly ReportColumn<K>[], row: number): RowRefs<K> {
  return {
    row,
    at: (key, otherRow) => a1({ column: columns.findIndex((column) => column.key === key) + 1, row: otherRow ?? row }),
  };
}

/** The header row, and under it the English one when the look has a colour for it. */
export function writeHeader<K extends string>(grid: Grid, styles: Styles, columns: readonly ReportColumn<K>[]): number {
  const header = grid.row(columns.map((column) => ({ value: column.header, style: styles.header })));
  if (styles.look.englishColor !== undefined) {
    grid.row(columns.map((column) => ({ value: column.header_en, style: styles.headerEnglish })));
  }
  return header;
}

export function writeRow<K extends string>(
  grid: Grid,
  styles: Styles,
  columns: readonly ReportColumn<K>[],
  value: (key: K, refs: RowRefs<K>) => Written,
  emphasis: Emphasis = 'plain',
): number {
  const refs = refsFor(columns, grid.nextRow);
  return grid.row(
    columns.map((column) => {
      const written = value(column.key, refs);
      const format = isFormatted(written) ? written.format : column.format;
      return { value: isFormatted(written) ? written.value : written, style: styles.cell(format, column.align, emphasis) };
    }),
  );
}

export interface TotalRow<K extends string> {
  readonly labelKey: K;
  readonly label: string;
  /** `range(key)` is the column's data rows, e.g. `C7:C20`; undefined leaves the cell empty. */
  readonly cell: (key: K, range: (key: K) => string, refs: RowRefs<K>) => Written | undefined;
}

export interface TableWrite<R, K extends string> {
  readonly columns: readonly ReportColumn<K>[];
  readonly rows: readonly R[];
  readonly cell: (key: K, record: R, index: number, refs: RowRefs<K>) => Written;
  readonly total?: TotalRow<K>;
  /** Written across the row when there are no rows (`Không có`); no total row then. */
  readonly empty: string;
}

export interface TableRows {
  readonly header: number;
  readonly first: number | null;
  readonly last: number | null;
  readonly total: number | null;
}

export function writeTable<R, K extends string>(grid: Grid, styles: Styles, table: TableWrite<R, K>): TableRows {
  const { columns, rows, total } = table;
  const header = writeHeader(grid, styles, columns);
  if (rows.length === 0) {
    const textColumn = Math.min(1, columns.length - 1);
    const style = styles.cell('@', 'left');
    const row = grid.row(columns.map((_, index) => ({ value: index === textColumn ? table.empty : null, style })));
    grid.merge(row, Math.min(2, columns.length), columns.length);
    return { header, first: null, last: null, total: null };
  }
  const first = grid.nextRow;
  rows.forEach((record, index) => writeRow(grid, styles, columns, (key, refs) => table.cell(key, record, index, refs)));
  const last = grid.nextRow - 1;
  if (total === undefined) return { header, first, last, total: null };
  const range = (key: K): string => {
    const letters = columnLetters(columns.findIndex((column) => column.key === key) + 1);
    return `${letters}${first}:${letters}${last}`;
  };
  const totalRow = writeRow(
    grid,
    styles,
    columns,
    (key, refs) => (key === total.labelKey ? total.label : (total.cell(key, range, refs) ?? null)),
    'total',
  );
  return { header, first, last, total: totalRow };
}

/** The sheet's column widths: for each column, the widest any of its tables asks for. */
export function columnWidths(tables: readonly (readonly { readonly width: number }[])[]): number[] {
  const widths: number[] = [];
  for (const columns of tables) columns.forEach((column, index) => (widths[index] = Math.max(widths[index] ?? 0, column.width)));
  return widths;
}

export const sumOf = (range: string): FormulaValue => ({ formula: `SUM(${range})` });

/** `SUM(C7:I7)` when the cells stand side by side in one row, else `SUM(C7,E7,H7)`. */
export function sumCells(addresses: readonly string[]): FormulaValue {
  const cells = addresses
    .map((address) => parseA1(address))
    .filter((cell) => cell !== null)
    .sort((a, b) => a.row - b.row || a.column - b.column);
  const parts: string[] = [];
  let start = 0;
  for (let index = 1; index <= cells.length; index++) {
    const previous = cells[index - 1];
    const current = cells[index];
    if (current !== undefined && previous !== undefined && current.row === previous.row && current.column === previous.column + 1) continue;
    const from = cells[start];
    if (from !== undefined && previous !== undefined) parts.push(from === previous ? a1(from) : `${a1(from)}:${a1(previous)}`);
    start = index;
  }
  return { formula: `SUM(${parts.join(',')})` };
}

/** numerator / denominator, empty when there is nothing to divide by. */
export const rateOf = (numerator: string, denominator: string): FormulaValue => ({
  formula: `IF(N(${denominator})=0,"",${numerator}/${denominator})`,
});

/** A text constant inside a formula. */
export const formulaText = (text: string): string => `"${text.replace(/"/g, '""')}"`;
