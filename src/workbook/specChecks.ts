/**
 * Checks a batch of SheetSpecs before anything is written, for everything that would make Excel
 * show "We found a problem with some content… repair" or that exceljs would silently alter: sheet
 * and table names, duplicate or multi-line table headers, overlapping blocks, tables under merged
 * cells, non-finite numbers, over-long text, bad colours and sizes. A failure is a bug in the
 * layout, reported as WorkbookSpecError.
 */
import { MAX_ROW_HEIGHT } from '../layout/rowHeight';
import {
  EXCEL_MAX_COLUMNS,
  EXCEL_MAX_ROWS,
  parseA1,
  parseRange,
  parseSheetRef,
  rangesOverlap,
  type RangeAddress,
} from './address';
import { WorkbookSpecError } from './errors';
import { isBuiltInTableStyle } from './formats';
import { LISTS_SHEET } from './lists';
import { excelNameKey as key } from './names';
import type { Block, CellStyle, SheetSpec, SheetState, StyledCell, TableSpec } from './port';
import { invalidValidationReason } from './validationRules';
import { unwritableReason } from './writableValues';

/** A sheet already in the workbook, as far as the checks need it. */
export interface ExistingSheet {
  readonly name: string;
  readonly state: SheetState;
  readonly tableNames: readonly string[];
}

const MAX_SHEET_NAME = 31;
const MAX_COLUMN_WIDTH = 255;
const MAX_TABLE_NAME = 255;
const RGB = /^[0-9A-Fa-f]{6}$/;

/** Sheet names Excel accepts; `'` is refused too, because exceljs does not escape it in print titles. */
export function sheetNameProblem(name: string): string | null {
  if (name.trim() === '') return 'the sheet name is empty';
  if (name.length > MAX_SHEET_NAME) return `the sheet name is longer than ${MAX_SHEET_NAME} characters`;
  if (/[[\]:*?/\\']/.test(name)) return 'the sheet name contains one of [ ] : * ? / \\ \'';
  if (key(name) === 'history') return '"History" is reserved by Excel';
  return null;
}

/** Table names Excel accepts: a letter, `_` or `\` first; no spaces; not a cell reference. */
export function tableNameProblem(name: string): string | null {
  if (name.length === 0 || name.length > MAX_TABLE_NAME) return `table name "${name}" is empty or too long`;
  if (!/^[A-Za-z_\\][A-Za-z0-9_.\\]*$/.test(name)) return `table name "${name}" must be ASCII letters, digits, _ or .`;
  if (/^[A-Za-z]{1,3}\d+$/.test(name) || /^(R|C|R\d*C\d*|R\d+|C\d+)$/i.test(name)) {
    return `table name "${name}" looks like a cell reference`;
  }
  return null;
}

function styleProblem(style: CellStyle | undefined): string | null {
  if (!style) return null;
  for (const colour of [style.color, style.fill]) {
    if (colour !== undefined && !RGB.test(colour)) return `colour "${colour}" is not RRGGBB`;
  }
  if (style.fontSize !== undefined && !(style.fontSize > 0 && style.fontSize <= MAX_ROW_HEIGHT)) {
    return `font size ${style.fontSize} is out of range`;
  }
  return null;
}

const tableRange = (origin: { row: number; col: number }, table: TableSpec): RangeAddress => ({
  top: origin.row,
  left: origin.col,
  bottom: origin.row + Math.max(table.rows.length, 1),
  right: origin.col + table.columns.length - 1,
});

function headerProblem(table: TableSpec): string | null {
  if (table.columns.length === 0) return `table ${table.name} has no columns`;
  const seen = new Set<string>();
  for (const { header } of table.columns) {
    if (header.trim() === '') return `table ${table.name} has an empty header`;
    if (header.length > MAX_TABLE_NAME) return `table ${table.name}: header "${header}" is too long`;
    if (/[\t\r\n]/.test(header)) return `table ${table.name}: header "${header}" contains a tab or line break`;
    if (seen.has(key(header))) return `table ${table.name}: header "${header}" is repeated (Excel ignores case)`;
    seen.add(key(header));
  }
  return null;
}

function tableProblem(table: TableSpec): string | null {
  const header = headerProblem(table);
  if (header) return header;
  if (table.style !== undefined && !isBuiltInTableStyle(table.style)) {
    return `table ${table.name}: "${table.style}" is not a built-in table style`;
  }
  for (const column of table.columns) {
    const problem =
      styleProblem(column.style) ??
      (column.width !== undefined && !(column.width >= 0 && column.width <= MAX_COLUMN_WIDTH)
        ? `column "${column.header}" width ${column.width} is out of range`
        : null) ??
      (column.validation ? invalidValidationReason(column.validation) : null);
    if (problem) return `table ${table.name}, column "${column.header}": ${problem}`;
  }
  const headerStyle = styleProblem(table.headerStyle);
  if (headerStyle) return `table ${table.name} header: ${headerStyle}`;
  for (const [i, row] of table.rows.entries()) {
    if (row.length > table.columns.length) return `table ${table.name}, row ${i + 1} has more values than columns`;
    for (const value of row) {
      const problem = unwritableReason(value);
      if (problem) return `table ${table.name}, row ${i + 1}: ${problem}`;
    }
  }
  return null;
}

function cellProblem(cell: StyledCell): string | null {
  const problem = unwritableReason(cell.value) ?? styleProblem(cell.style);
  if (problem) return problem;
  if (cell.link !== undefined) {
    if (!parseSheetRef(cell.link)) return `link "${cell.link}" is not a Sheet!A1 reference`;
    if (cell.value === null || typeof cell.value === 'object' || cell.value === '') {
      return 'a linked cell must hold text or a number';
    }
  }
  return null;
}

function blockRange(block: Block, sheet: string): RangeAddress {
  const origin = parseA1(block.at);
  if (!origin) throw new WorkbookSpecError(sheet, `block address "${block.at}" is not an A1 cell`);
  const range =
    block.kind === 'table'
      ? tableRange(origin, block.table)
      : {
          top: origin.row,
          left: origin.col,
          bottom: origin.row + Math.max(block.rows.length, 1) - 1,
          right: origin.col + Math.max(1, ...block.rows.map((r) => r.length)) - 1,
        };
  if (range.bottom > EXCEL_MAX_ROWS || range.right > EXCEL_MAX_COLUMNS) {
    throw new WorkbookSpecError(sheet, `block at ${block.at} runs past the edge of the sheet`);
  }
  return range;
}

function checkBlock(block: Block, sheet: string): void {
  if (block.kind === 'table') {
    const problem = tableProblem(block.table);
    if (problem) throw new WorkbookSpecError(sheet, problem);
    return;
  }
  block.rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      const problem = cell ? cellProblem(cell) : null;
      if (problem) throw new WorkbookSpecError(sheet, `cell at offset (${r}, ${c}) from ${block.at}: ${problem}`);
    }),
  );
  for (const [offset, height] of Object.entries(block.rowHeights ?? {})) {
    if (!(Number(offset) >= 0 && height >= 0 && height <= MAX_ROW_HEIGHT)) {
      throw new WorkbookSpecError(sheet, `row height ${height} at offset ${offset} is out of range`);
    }
  }
}

function checkLayout(spec: SheetSpec): void {
  const placed: { range: RangeAddress; what: string; isTable: boolean }[] = [];
  const merges: RangeAddress[] = [];
  for (const block of spec.blocks) {
    checkBlock(block, spec.name);
    const range = blockRange(block, spec.name);
    const clash = placed.find((p) => rangesOverlap(p.range, range));
    if (clash) throw new WorkbookSpecError(spec.name, `block at ${block.at} overlaps ${clash.what}`);
    const isTable = block.kind === 'table';
    placed.push({ range, isTable, what: isTable ? `table ${block.table.name}` : `cells at ${block.at}` });
    if (block.kind === 'cells') {
      for (const text of block.merges ?? []) {
        const merge = parseRange(text);
        if (!merge || (merge.top === merge.bottom && merge.left === merge.right)) {
          throw new WorkbookSpecError(spec.name, `merge "${text}" is not a range of several cells`);
        }
        if (merges.some((m) => rangesOverlap(m, merge))) {
          throw new WorkbookSpecError(spec.name, `merge "${text}" overlaps another merge`);
        }
        merges.push(merge);
      }
    }
  }
  for (const { range, what, isTable } of placed) {
    if (isTable && merges.some((m) => rangesOverlap(m, range))) {
      throw new WorkbookSpecError(spec.name, `${what} lies under merged cells`);
    }
  }
}

function checkSheetSettings(spec: SheetSpec): void {
  const fail = (problem: string): never => {
    throw new WorkbookSpecError(spec.name, problem);
  };
  const nameProblem = sheetNameProblem(spec.name);
  if (nameProblem) fail(nameProblem);
  if (key(spec.name) === key(LISTS_SHEET)) fail(`"${LISTS_SHEET}" is reserved for drop-down lists`);
  if (spec.frozenRows !== undefined && !(Number.isInteger(spec.frozenRows) && spec.frozenRows >= 0)) {
    fail(`frozenRows ${spec.frozenRows} is not a whole number`);
  }
  spec.columnWidths?.forEach((w, i) => {
    if (!(w >= 0 && w <= MAX_COLUMN_WIDTH)) fail(`column ${i} width ${w} is out of range`);
  });
  if (spec.tabColor !== undefined && !RGB.test(spec.tabColor)) fail(`tab colour "${spec.tabColor}" is not RRGGBB`);
  if (spec.print) {
    const margins = Object.values(spec.print.marginsCm);
    if (!margins.every((m) => Number.isFinite(m) && m >= 0)) fail('print margins must be finite and not negative');
    const repeat = spec.print.repeatRows;
    if (repeat && !(Number.isInteger(repeat.from) && repeat.from >= 1 && repeat.to >= repeat.from)) {
      fail(`repeated rows ${repeat.from}:${repeat.to} are not a range of rows`);
    }
  }
}

/** Throws WorkbookSpecError for the first problem in the batch; writes nothing. */
export function checkSpecs(
  specs: readonly SheetSpec[],
  remove: readonly string[],
  existing: readonly ExistingSheet[],
): void {
  if (remove.some((r) => key(r) === key(LISTS_SHEET))) {
    throw new WorkbookSpecError(LISTS_SHEET, 'the drop-down lists sheet cannot be removed: validations read from it');
  }
  const specNames = new Set<string>();
  for (const spec of specs) {
    checkSheetSettings(spec);
    if (specNames.has(key(spec.name))) {
      throw new WorkbookSpecError(spec.name, 'the sheet is written twice in one batch');
    }
    if (remove.some((r) => key(r) === key(spec.name))) {
      throw new WorkbookSpecError(spec.name, 'the sheet is both written and removed');
    }
    specNames.add(key(spec.name));
    checkLayout(spec);
  }

  const kept = existing.filter((s) => !specNames.has(key(s.name)) && !remove.some((r) => key(r) === key(s.name)));
  const states = [...kept.map((s) => s.state), ...specs.map((s) => s.state ?? 'visible')];
  if (!states.includes('visible')) {
    throw new WorkbookSpecError(specs[0]?.name ?? '', 'the workbook would have no visible sheet');
  }

  const tableNames = new Set(kept.flatMap((s) => s.tableNames.map(key)));
  for (const spec of specs) {
    for (const block of spec.blocks) {
      if (block.kind !== 'table') continue;
      const problem = tableNameProblem(block.table.name);
      if (problem) throw new WorkbookSpecError(spec.name, problem);
      if (tableNames.has(key(block.table.name))) {
        throw new WorkbookSpecError(spec.name, `table name ${block.table.name} is already used in the workbook`);
      }
      tableNames.add(key(block.table.name));
    }
  }
}
