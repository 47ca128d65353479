/**
 * Bảng — a table layout and its rows → a `SheetSpec`: header text, widths, formats, drop-downs and
 * input checks all come from the layout column, so nothing about a column is written twice.
 */
import type { Block, CellStyle, CellValue, ColumnSpec, SheetSpec, Validation } from '../workbook/port';
import { columnLetters, parseA1 } from './a1';
import { listOptions, toCell } from './cells';
import type { Column, Look, TableSheet, ValueLists } from './schema';

export interface TableWriteOptions {
  readonly look: Look;
  /**
   * Agency workbooks: plan columns grey and locked, answer columns white and open, every answer
   * column checked on input, the sheet protected (without a password).
   */
  readonly forAgency: boolean;
  /** The text above the table (placeholders already filled), when the layout has one. */
  readonly title?: string;
}

/** One record → one row, in the layout's column order; keys the record lacks stay empty. */
export function recordRow(sheet: TableSheet, record: object, lists: ValueLists): CellValue[] {
  const values = record as Readonly<Record<string, unknown>>;
  return sheet.columns.map((column) => toCell(column, values[column.key], lists));
}

export function tableSheetSpec(
  sheet: TableSheet,
  rows: readonly (readonly CellValue[])[],
  lists: ValueLists,
  options: TableWriteOptions,
): SheetSpec {
  const { look, forAgency } = options;
  const origin = parseA1(sheet.at) ?? { column: 1, row: 1 };
  const blocks: Block[] = [];
  if (options.title !== undefined && origin.row > 1) {
    const lastColumn = columnLetters(origin.column + sheet.columns.length - 1);
    blocks.push({
      kind: 'cells',
      at: `${columnLetters(origin.column)}1`,
      rows: [[{ value: options.title, style: { bold: true, fontName: look.fontName, fontSize: look.fontSize + 2, vertical: 'middle' } }]],
      merges: [`${columnLetters(origin.column)}1:${lastColumn}1`],
      rowHeights: { 0: 24 },
    });
  }
  blocks.push({
    kind: 'table',
    at: sheet.at,
    table: {
      name: sheet.table,
      columns: sheet.columns.map((column) => columnSpec(column, lists, look, forAgency)),
      rows,
      headerStyle: {
        bold: true,
        fontName: look.fontName,
        fontSize: look.fontSize,
        fill: look.headerFill,
        horizontal: 'center',
        vertical: 'middle',
        wrap: true,
        border: true,
      },
      style: look.tableStyle,
    },
  });
  const widths: number[] = [];
  sheet.columns.forEach((column, index) => {
    widths[origin.column - 1 + index] = column.width;
  });
  return {
    name: sheet.name,
    frozenRows: origin.row,
    protect: forAgency,
    columnWidths: Array.from(widths, (width) => width ?? 9),
    blocks,
    print: {
      orientation: 'landscape',
      paperSize: 'A4',
      marginsCm: { top: 2, bottom: 2, left: 2, right: 1.5 },
      fitToWidth: true,
      repeatRows: { from: origin.row, to: origin.row },
    },
  };
}

function columnSpec(column: Column, lists: ValueLists, look: Look, forAgency: boolean): ColumnSpec {
  const open = column.role !== 'plan';
  const style: CellStyle = {
    fontName: look.fontName,
    fontSize: look.fontSize,
    numberFormat: column.format,
    vertical: 'top',
    wrap: column.wrap,
    ...(column.align === undefined ? {} : { horizontal: column.align }),
    ...(forAgency ? { locked: !open, fill: open ? look.answerFill : look.planFill, border: true } : {}),
  };
  // In agency workbooks only the answer columns take input; in the master every column is the
  // officer's, so every column with a list or bounds gets its check.
  const checked = forAgency ? open : true;
  const validation = checked ? validationFor(column, lists) : undefined;
  return { header: column.header, width: column.width, style, ...(validation === undefined ? {} : { validation }) };
}

/** Money and counts without stated bounds are still checked to be numbers. */
const UNBOUNDED = 1e15;

function validationFor(column: Column, lists: ValueLists): Validation | undefined {
  switch (column.kind) {
    case 'list':
      return { type: 'list', values: listOptions(lists, column.list).map((option) => option.label) };
    case 'number':
    case 'percent':
      return column.min === undefined && column.max === undefined && column.role === 'plan'
        ? undefined
        : { type: 'decimal', min: column.min ?? -UNBOUNDED, max: column.max ?? UNBOUNDED };
    case 'integer':
      return column.min === undefined && column.max === undefined
        ? undefined
        : { type: 'whole', min: column.min ?? -UNBOUNDED, max: column.max ?? UNBOUNDED };
    case 'date':
      // Bounds of a date column are years.
      return { type: 'date', min: `${column.min ?? 1900}-01-01`, max: `${column.max ?? 2100}-12-31` };
    case 'text':
    case 'agency':
      return undefined;
  }
}
