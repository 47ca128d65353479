/**
 * Writes one checked SheetSpec onto an empty exceljs worksheet: real Excel tables (ListObjects)
 * with styled columns and data validation, styled cell blocks with merges, notes and internal
 * links, frozen header rows, print setup and protection without a password. Rows with wrapped
 * text get an estimated height, since LibreOffice does not fit them on opening the file.
 */
import type { Cell, Style, TableStyleProperties, Worksheet } from 'exceljs';
import { DEFAULT_COLUMN_WIDTH, rowHeight, type WrappedText } from '../../layout/rowHeight';
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
import { DEFAULT_TABLE_STYLE, isBuiltInTableStyle, withDateFormat } from '../formats';
import type { ListRange } from '../lists';
import { pageMarginsCm } from '../pageMargins';
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
import { columnWidths, rowsToFit } from '../wrappedRows';
import { toExcelStyle } from './cellStyle';
import { toExcelValue } from './cellValue';
import { addValidation } from './excelInternals';
import { toExcelValidation } from './validation';

const CM_PER_INCH = 2.54;
const A4 = 9;

type TableTheme = NonNullable<TableStyleProperties['theme']>;

/** exceljs's themes are Excel's built-in table styles, the only ones the spec checks let through. */
const isTableTheme = (name: string): name is TableTheme => isBuiltInTableStyle(name);

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

/**
 * Heights for the rows holding wrapped text whose height the spec leaves open, estimated from the
 * text, the column widths and the font (Excel fits them only on edit).
 */
function fitRows(ws: Worksheet, spec: SheetSpec, widths: ReadonlyMap<number, number>): void {
  for (const [row, cells] of rowsToFit(spec)) {
    const texts = cells.map(({ area, text, style }): WrappedText => {
      let width = 0;
      for (let col = area.left; col <= area.right; col++) width += widths.get(col) ?? DEFAULT_COLUMN_WIDTH;
      return { text, width, fontSize: style.fontSize, bold: style.bold, rows: area.bottom - area.top + 1 };
    });
    ws.getRow(row).height = rowHeight(texts);
  }
}

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
  const firstDataRow = origin.row + 1;
  const lastDataRow = origin.row + rows.length;
  table.columns.forEach((column, c) => {
    const col = origin.col + c;
    const plain = column.style ? styles.get(column.style) : undefined;
    const dated = toExcelStyle(withDateFormat(column.style));
    rows.forEach((row, r) => {
      const value = row[c] ?? null;
      const style = value !== null && isDateValue(value) ? dated : plain;
      if (style) applyStyle(ws.getCell(firstDataRow + r, col), style);
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

function writeCells(ws: Worksheet, block: Extract<Block, { kind: 'cells' }>, styles: StyleCache): void {
  const origin = parseA1(block.at);
  if (!origin) return;
  const merges = (block.merges ?? []).map(parseRange).filter((range): range is RangeAddress => range !== null);
  block.rows.forEach((row, r) =>
    row.forEach((spec, c) => {
      if (!spec) return;
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
  }
}

function applyPrint(ws: Worksheet, print: PrintSetup): void {
  const inches = (cm: number): number => cm / CM_PER_INCH;
  const { top, bottom, left, right, header, footer } = pageMarginsCm(print);
  ws.pageSetup = {
    ...ws.pageSetup,
    paperSize: A4,
    orientation: print.orientation,
    margins: {
      top: inches(top),
      bottom: inches(bottom),
      left: inches(left),
      right: inches(right),
      header: inches(header),
      footer: inches(footer),
    },
    ...(print.fitToWidth ? { fitToPage: true, fitToWidth: 1, fitToHeight: 0 } : { fitToPage: false }),
    ...(print.repeatRows && { printTitlesRow: `${print.repeatRows.from}:${print.repeatRows.to}` }),
  };
}

/** Fills an empty worksheet from a checked spec. */
export async function writeSheet(ws: Worksheet, spec: SheetSpec, lists: ListRange): Promise<void> {
  const styles = new StyleCache();
  ws.state = spec.state ?? 'visible';
  if (spec.tabColor) ws.properties.tabColor = { argb: `FF${spec.tabColor.toUpperCase()}` };
  const widths = columnWidths(spec);
  for (const [col, width] of widths) ws.getColumn(col).width = width;
  for (const block of spec.blocks) {
    if (block.kind === 'table') writeTable(ws, block.at, block.table, lists, styles);
    else writeCells(ws, block, styles);
  }
  fitRows(ws, spec, widths);
  if (spec.frozenRows) {
    const topLeftCell = a1(spec.frozenRows + 1, 1);
    ws.views = [{ state: 'frozen', xSplit: 0, ySplit: spec.frozenRows, topLeftCell, activeCell: topLeftCell }];
  }
  if (spec.print) applyPrint(ws, spec.print);
  if (spec.protect) await ws.protect('', { ...PROTECTION });
}
