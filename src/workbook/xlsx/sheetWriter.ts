/**
 * Writes one checked SheetSpec onto an empty exceljs worksheet: real Excel tables (ListObjects)
 * with styled columns and data validation, styled cell blocks with merges, notes and internal
 * links, frozen header rows, print setup and protection without a password. Rows with wrapped
 * text get an estimated height, since LibreOffice does not fit them on opening the file.
 */
import type { Cell, Style, Worksheet } from 'exceljs';
import {
  a1,
  absoluteRangeA1,
  parseA1,
  parseRange,
  parseSheetRef,
  quoteSheetName,
  rangeA1,
  type RangeAddress,
} from '../address';
import {
  isDateValue,
  type Block,
  type CellStyle,
  type CellValue,
  type PrintSetup,
  type SheetSpec,
  type StyledCell,
  type TableSpec,
} from '../port';
import { DEFAULT_COLUMN_WIDTH, rowHeight, type WrappedText } from '../rowHeight';
import { toExcelStyle, withDateFormat } from './cellStyle';
import { toExcelValue } from './cellValue';
import { addValidation } from './excelInternals';
import { isTableTheme } from './specChecks';
import { toExcelValidation, type ListRange } from './validation';

const DEFAULT_TABLE_STYLE = 'TableStyleMedium2';
const CM_PER_INCH = 2.54;
/** Excel's default header/footer margin, in inches; kept inside the page margin. */
const HEADER_FOOTER_INCHES = 0.3;
const A4 = 9;

/**
 * What a protected sheet still lets the officer do: select any cell, resize rows and columns,
 * sort and filter (Excel allows these only where the cells are unlocked), and edit unlocked cells.
 * Objects stay protected, so notes cannot be deleted.
 */
const PROTECTION = {
  selectLockedCells: true,
  selectUnlockedCells: true,
  formatColumns: true,
  formatRows: true,
  sort: true,
  autoFilter: true,
  objects: false,
  scenarios: false,
} as const;

/** One exceljs style object per port style, shared by the cells that use it. */
class StyleCache {
  private readonly styles = new WeakMap<CellStyle, Partial<Style>>();

  get(style: CellStyle): Partial<Style> {
    let out = this.styles.get(style);
    if (!out) {
      out = toExcelStyle(style);
      this.styles.set(style, out);
    }
    return out;
  }
}

/** A wrapped cell, kept until every column width of the sheet is known. */
interface WrappedCell {
  /** The cell, or the merged range it heads. */
  readonly area: RangeAddress;
  readonly text: string;
  readonly style: CellStyle;
}

/**
 * Heights for the rows holding wrapped text. A height the spec states wins; the others are
 * estimated from the text, the column widths and the font (Excel fits them only on edit).
 */
class RowFit {
  private readonly cells: WrappedCell[] = [];
  private readonly stated = new Set<number>();

  add(area: RangeAddress, value: CellValue, style: CellStyle | undefined): void {
    // Numbers, dates and formulas do not wrap: they take one line.
    if (style?.wrap) this.cells.push({ area, text: typeof value === 'string' ? value : '', style });
  }

  state(row: number): void {
    this.stated.add(row);
  }

  apply(ws: Worksheet): void {
    const byRow = new Map<number, WrappedText[]>();
    for (const { area, text, style } of this.cells) {
      let width = 0;
      for (let col = area.left; col <= area.right; col++) width += ws.getColumn(col).width ?? DEFAULT_COLUMN_WIDTH;
      const rows = area.bottom - area.top + 1;
      const wrapped: WrappedText = { text, width, fontSize: style.fontSize, bold: style.bold, rows };
      for (let row = area.top; row <= area.bottom; row++) {
        if (this.stated.has(row)) continue;
        const cells = byRow.get(row);
        if (cells) cells.push(wrapped);
        else byRow.set(row, [wrapped]);
      }
    }
    for (const [row, cells] of byRow) ws.getRow(row).height = rowHeight(cells);
  }
}

const single = (row: number, col: number): RangeAddress => ({ top: row, left: col, bottom: row, right: col });

/** Each cell gets its own top-level style object, so a later change to one cell leaves the others. */
const applyStyle = (cell: Cell, style: Partial<Style>): void => {
  cell.style = { ...style };
};

function writeValue(cell: Cell, value: CellValue, link: string | undefined): void {
  if (link === undefined) {
    cell.value = toExcelValue(value);
    return;
  }
  const ref = parseSheetRef(link);
  if (!ref || value === null || typeof value === 'object') return;
  // `$A$1` form on purpose: exceljs 4.4 also writes a `location` for `#Sheet!A1` targets, and
  // Excel then joins both into a broken `#…##…` link.
  const target = `#${quoteSheetName(ref.sheet)}!${absoluteRangeA1(ref.range)}`;
  cell.value = { text: String(value), hyperlink: target };
}

function writeTable(
  ws: Worksheet,
  at: string,
  table: TableSpec,
  lists: ListRange,
  styles: StyleCache,
  rowFit: RowFit,
): void {
  const origin = parseA1(at);
  if (!origin) return;
  const width = table.columns.length;
  // A table without data rows corrupts the file; Excel itself keeps one empty row.
  const rows: readonly (readonly CellValue[])[] = table.rows.length > 0 ? table.rows : [[]];
  const theme = table.style !== undefined && isTableTheme(table.style) ? table.style : DEFAULT_TABLE_STYLE;
  ws.addTable({
    name: table.name,
    ref: at,
    headerRow: true,
    totalsRow: false,
    style: { theme, showRowStripes: true },
    columns: table.columns.map((c) => ({ name: c.header, filterButton: true })),
    rows: rows.map((row) => Array.from({ length: width }, (_, i) => toExcelValue(row[i] ?? null))),
  });

  if (table.headerStyle) {
    const headerStyle = styles.get(table.headerStyle);
    for (let c = 0; c < width; c++) applyStyle(ws.getCell(origin.row, origin.col + c), headerStyle);
  }
  table.columns.forEach((column, c) => rowFit.add(single(origin.row, origin.col + c), column.header, table.headerStyle));
  const firstDataRow = origin.row + 1;
  const lastDataRow = origin.row + rows.length;
  table.columns.forEach((column, c) => {
    const col = origin.col + c;
    if (column.width !== undefined) ws.getColumn(col).width = column.width;
    const plain = column.style ? styles.get(column.style) : undefined;
    const dated = toExcelStyle(withDateFormat(column.style));
    rows.forEach((row, r) => {
      const value = row[c] ?? null;
      const style = value !== null && isDateValue(value) ? dated : plain;
      if (style) applyStyle(ws.getCell(firstDataRow + r, col), style);
      rowFit.add(single(firstDataRow + r, col), value, column.style);
    });
    if (column.validation) {
      const range = rangeA1({ top: firstDataRow, left: col, bottom: lastDataRow, right: col });
      addValidation(ws, range, toExcelValidation(column.validation, lists));
    }
  });
}

function styleOf(cell: StyledCell, styles: StyleCache): Partial<Style> | undefined {
  if (cell.value !== null && isDateValue(cell.value)) return toExcelStyle(withDateFormat(cell.style));
  return cell.style ? styles.get(cell.style) : undefined;
}

function writeCells(ws: Worksheet, block: Extract<Block, { kind: 'cells' }>, styles: StyleCache, rowFit: RowFit): void {
  const origin = parseA1(block.at);
  if (!origin) return;
  const merges = (block.merges ?? []).map(parseRange).filter((range): range is RangeAddress => range !== null);
  /** A merged range's text wraps in the width of all its columns; the cells it covers show nothing. */
  const areaOf = (row: number, col: number): RangeAddress | null => {
    const merge = merges.find((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right);
    if (!merge) return single(row, col);
    return merge.top === row && merge.left === col ? merge : null;
  };
  block.rows.forEach((row, r) =>
    row.forEach((spec, c) => {
      if (!spec) return;
      const area = areaOf(origin.row + r, origin.col + c);
      if (area) rowFit.add(area, spec.value, spec.style);
      const cell = ws.getCell(origin.row + r, origin.col + c);
      writeValue(cell, spec.value, spec.link);
      const style = styleOf(spec, styles);
      if (style) applyStyle(cell, style);
      if (spec.note !== undefined) cell.note = spec.note;
    }),
  );
  // Merging after styling: exceljs gives every merged cell the first cell's style, so borders
  // are drawn round the whole merged area.
  for (const range of merges) ws.mergeCells(range.top, range.left, range.bottom, range.right);
  for (const [offset, height] of Object.entries(block.rowHeights ?? {})) {
    ws.getRow(origin.row + Number(offset)).height = height;
    rowFit.state(origin.row + Number(offset));
  }
}

function applyPrint(ws: Worksheet, print: PrintSetup): void {
  const inches = (cm: number): number => cm / CM_PER_INCH;
  const { top, bottom, left, right } = print.marginsCm;
  ws.pageSetup = {
    ...ws.pageSetup,
    paperSize: A4,
    orientation: print.orientation,
    margins: {
      top: inches(top),
      bottom: inches(bottom),
      left: inches(left),
      right: inches(right),
      header: Math.min(HEADER_FOOTER_INCHES, inches(top) / 2),
      footer: Math.min(HEADER_FOOTER_INCHES, inches(bottom) / 2),
    },
    ...(print.fitToWidth ? { fitToPage: true, fitToWidth: 1, fitToHeight: 0 } : { fitToPage: false }),
    ...(print.repeatRows && { printTitlesRow: `${print.repeatRows.from}:${print.repeatRows.to}` }),
  };
}

/** Fills an empty worksheet from a checked spec. */
export async function writeSheet(ws: Worksheet, spec: SheetSpec, lists: ListRange): Promise<void> {
  const styles = new StyleCache();
  const rowFit = new RowFit();
  ws.state = spec.state ?? 'visible';
  if (spec.tabColor) ws.properties.tabColor = { argb: `FF${spec.tabColor.toUpperCase()}` };
  spec.columnWidths?.forEach((width, i) => {
    ws.getColumn(i + 1).width = width;
  });
  for (const block of spec.blocks) {
    if (block.kind === 'table') writeTable(ws, block.at, block.table, lists, styles, rowFit);
    else writeCells(ws, block, styles, rowFit);
  }
  rowFit.apply(ws);
  if (spec.frozenRows) {
    const topLeftCell = a1(spec.frozenRows + 1, 1);
    ws.views = [{ state: 'frozen', xSplit: 0, ySplit: spec.frozenRows, topLeftCell, activeCell: topLeftCell }];
  }
  if (spec.print) applyPrint(ws, spec.print);
  if (spec.protect) await ws.protect('', { ...PROTECTION });
}
