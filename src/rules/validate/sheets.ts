/**
 * Tìm trang và cột — where the data of a returned workbook is, read forgivingly: a data sheet by
 * its name (Vietnamese or English, accents, case and spacing ignored) or, when it was renamed, by
 * its headers; the header row wherever rows were inserted above it; each column by its header
 * text wherever it was moved. What cannot be found is a finding, never a guess.
 */
import type { Finding } from '../../domain/finding';
import { nameKey } from '../../domain/vn/nameKey';
import { a1 } from '../../layout/a1';
import { cellText } from '../../layout/cells';
import type { Column, TableSheet } from '../../layout/schema';
import type { ReadCell, SheetGrid } from '../../workbook/port';
import { returnFinding } from './findings';

/** Header rows are looked for this far down: a title block, a few inserted rows. */
const HEADER_SEARCH_ROWS = 30;
/** A renamed sheet is recognised when at least this many of a layout's headers are on one row. */
const RENAMED_SHEET_MIN_HEADERS = 3;

/** `Tỷ lệ hoàn thành (%)`, `TỶ LỆ HOÀN THÀNH %` and `Ty le hoan thanh` share one key. */
export const headerKey = (text: string): string =>
  nameKey(text)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

export interface GridRow {
  /** Sheet row number (1-based). */
  readonly row: number;
  readonly cells: readonly (ReadCell | null)[];
}

export interface LocatedSheet {
  readonly layout: TableSheet;
  readonly grid: SheetGrid;
  /** 1-based; null when no row holds the layout's headers. */
  readonly headerRow: number | null;
  /** Column key → 0-based index in the grid. */
  readonly positions: ReadonlyMap<string, number>;
  /** The header text of each grid column as the file wrote it. */
  readonly headers: readonly string[];
  /** Non-empty rows below the header row (every non-empty row when there is none). */
  readonly rows: readonly GridRow[];
  readonly findings: readonly Finding[];
}

/** The cell as the official sees it; a formula as `=…`, never its computed value. */
export function cellDisplay(cell: ReadCell | null | undefined): string {
  if (cell === null || cell === undefined) return '';
  return cell.formula === undefined ? cellText(cell.value) : `=${cell.formula}`;
}

export const isBlankCell = (cell: ReadCell | null | undefined): boolean => cellDisplay(cell) === '';

/** The sheet holding a layout's table: by name first, then by headers among the sheets not yet taken. */
export function findDataSheet(sheets: readonly SheetGrid[], layout: TableSheet, taken: ReadonlySet<string>): SheetGrid | undefined {
  const names = new Set([headerKey(layout.name), headerKey(layout.name_en)]);
  const free = sheets.filter((sheet) => !taken.has(sheet.name));
  const byName = free.find((sheet) => names.has(headerKey(sheet.name)));
  if (byName !== undefined) return byName;
  return free
    .filter((sheet) => sheet.state === 'visible')
    .map((sheet) => ({ sheet, score: bestHeaderRow(sheet, layout.columns)?.score ?? 0 }))
    .filter((candidate) => candidate.score >= RENAMED_SHEET_MIN_HEADERS)
    .sort((a, b) => b.score - a.score)[0]?.sheet;
}

export function locateSheet(grid: SheetGrid, layout: TableSheet): LocatedSheet {
  const header = bestHeaderRow(grid, layout.columns);
  if (header === undefined) {
    const idColumn = layout.columns[0];
    return {
      layout,
      grid,
      headerRow: null,
      positions: new Map(),
      headers: [],
      rows: nonEmptyRows(grid, 0),
      findings: [missingColumn(grid.name, layout, idColumn, 'A1')],
    };
  }
  const headers = (grid.rows[header.row - 1] ?? []).map((cell) => cellDisplay(cell));
  const findings = layout.columns
    .filter((column) => !header.positions.has(column.key))
    .map((column) => missingColumn(grid.name, layout, column, a1({ column: 1, row: header.row })));
  return { layout, grid, headerRow: header.row, positions: header.positions, headers, rows: nonEmptyRows(grid, header.row), findings };
}

interface HeaderRow {
  readonly row: number;
  readonly score: number;
  readonly positions: Map<string, number>;
}

/** The row matching most of the columns' headers (at least two, the id column among them). */
function bestHeaderRow(grid: SheetGrid, columns: readonly Column[]): HeaderRow | undefined {
  let best: HeaderRow | undefined;
  // Keyed once, not once per row searched: `headerKey` is the costly part of reading a file.
  const wantedKeys = columns.map((column) => [headerKey(column.header), headerKey(column.header_en)]);
  grid.rows.slice(0, HEADER_SEARCH_ROWS).forEach((cells, index) => {
    const keys = cells.map((cell) => headerKey(cellDisplay(cell)));
    const positions = new Map<string, number>();
    for (const [columnAt, column] of columns.entries()) {
      const wanted = wantedKeys[columnAt] ?? [];
      const position = keys.findIndex((key, at) => key !== '' && wanted.includes(key) && ![...positions.values()].includes(at));
      if (position !== -1) positions.set(column.key, position);
    }
    if (positions.size >= 2 && positions.has(columns[0].key) && (best === undefined || positions.size > best.score)) {
      best = { row: index + 1, score: positions.size, positions };
    }
  });
  return best;
}

function nonEmptyRows(grid: SheetGrid, headerRow: number): GridRow[] {
  return grid.rows
    .map((cells, index) => ({ row: index + 1, cells }))
    .filter(({ row, cells }) => row > headerRow && cells.some((cell) => !isBlankCell(cell)));
}

/**
 * The id column and the answer columns are needed to read a row; a missing plan column is only
 * a warning, since the plan itself says what it held.
 */
function missingColumn(sheet: string, layout: TableSheet, column: Column, cell: string) {
  const needed = column.role !== 'plan' || column === layout.columns[0];
  return needed
    ? returnFinding(
        'missing-column',
        'error',
        { sheet, cell, column: column.header, column_en: column.header_en },
        {
          vi: `không tìm thấy cột "${column.header}". Không xóa hay đổi tên cột của biểu mẫu: hãy thêm lại cột này với đúng tiêu đề (hoặc điền lại vào biểu mẫu gốc) rồi gửi lại.`,
          en: `the column "${column.header}" (${column.header_en}) was not found. Columns of the form must not be deleted or renamed: add it back with its header (or fill in the original form) and send the file again.`,
        },
        { expected: column.header },
      )
    : returnFinding(
        'missing-column',
        'warning',
        { sheet, cell, column: column.header, column_en: column.header_en },
        {
          vi: `không tìm thấy cột "${column.header}" (nội dung của kế hoạch); các dòng được đối chiếu theo mã. Lần sau xin không xóa cột của biểu mẫu.`,
          en: `the column "${column.header}" (${column.header_en}, from the plan) was not found; rows were matched by their id. Please do not delete columns of the form.`,
        },
        { expected: column.header },
      );
}
