/**
 * Plans the writing of one checked SheetSpec onto a new, empty worksheet as measured steps: values
 * and number formats as whole 2-D arrays in chunks of rows, real Excel tables made from the written
 * range, styles on rectangles, merges, links, notes, data validation, rows fitted to wrapped text,
 * frozen rows, print setup and tab colour. Features newer than ExcelApi 1.7 are planned only when
 * Excel supports them; otherwise they are recorded as left out. Nothing is queued until the steps
 * run.
 */
import { a1, colToLetters, parseA1, parseRange, parseSheetRef, quoteSheetName, rangeA1, type CellAddress } from '../address';
import { WorkbookSpecError } from '../errors';
import { DEFAULT_TABLE_STYLE } from '../formats';
import type { ListRange } from '../lists';
import { pageMarginsCm } from '../pageMargins';
import type { Block, CellStyle, PrintSetup, SheetSpec, StyledCell, TableSpec } from '../port';
import { columnWidths, rowsToFit } from '../wrappedRows';
import { EMPTY_CELL, TEXT_FORMAT, isTextColumn, toOfficeCell, type OfficeCell } from './cellValues';
import type { Degradation } from './degradations';
import { applyStyle, styleOperationCount, styleRectangles, widthToPoints, type Size } from './rangeStyle';
import { chunkRows, jsonBytes, slice2d, writeStep, type WriteStep } from './requestBudget';
import type { ExcelFeatures } from './requirements';
import { toOfficeValidation } from './validationRule';

/** What a protected sheet still lets the officer do; the same choices as in `.xlsx` files. */
const PROTECTION: Excel.WorksheetProtectionOptions = {
  allowFormatColumns: true,
  allowFormatRows: true,
  allowSort: true,
  allowAutoFilter: true,
  allowEditObjects: false,
  allowEditScenarios: false,
  selectionMode: 'Normal',
};

export interface PlanEnvironment {
  readonly features: ExcelFeatures;
  /** Largest chunk of values and formats, in bytes of JSON. */
  readonly chunkBytes: number;
  /** Where a drop-down list too long to write inline lives. */
  readonly listRange: ListRange;
  readonly degrade: (feature: Degradation, sheet: string) => void;
}

/** The worksheet being written; its proxy exists once the structure steps have run. */
export type SheetRef = () => Excel.Worksheet;

/** Addresses come from checked specs; a bad one here is a bug in this adapter. */
function originOf(at: string, sheet: string): CellAddress {
  const origin = parseA1(at);
  if (!origin) throw new WorkbookSpecError(sheet, `block address "${at}" is not an A1 cell`);
  return origin;
}

/** Values and formats of a block in chunks; formats are queued first, so text cells stay text. */
function gridSteps(sheet: SheetRef, origin: CellAddress, grid: readonly (readonly OfficeCell[])[], chunkBytes: number): WriteStep[] {
  const values = grid.map((row) => row.map((cell) => cell.value));
  const formats = grid.map((row) => row.map((cell) => cell.numberFormat));
  return chunkRows([values, formats], chunkBytes).flatMap((chunk) => {
    const chunkValues = slice2d(values, chunk);
    const chunkFormats = slice2d(formats, chunk);
    const hasValue = chunkValues.some((row) => row.some((v) => v !== null));
    const hasFormat = chunkFormats.some((row) => row.some((f) => f !== null));
    if (!hasValue && !hasFormat) return [];
    const hasFormula = slice2d(grid, chunk).some((row) => row.some((cell) => cell.isFormula));
    const address = rangeA1({
      top: origin.row + chunk.row,
      left: origin.col + chunk.col,
      bottom: origin.row + chunk.row + chunk.rows - 1,
      right: origin.col + chunk.col + chunk.cols - 1,
    });
    return [
      writeStep(2, chunk.bytes, () => {
        const range = sheet().getRange(address);
        if (hasFormat) range.numberFormat = chunkFormats;
        if (hasValue && hasFormula) range.formulas = chunkValues;
        else if (hasValue) range.values = chunkValues;
      }),
    ];
  });
}

function styleStep(sheet: SheetRef, address: string, style: CellStyle, size: Size): WriteStep {
  return writeStep(styleOperationCount(style, size), 0, () => applyStyle(sheet().getRange(address), style, size));
}

/** A block's steps: its values and formats, and what is made or styled on them afterwards. */
interface BlockSteps {
  readonly values: WriteStep[];
  readonly after: WriteStep[];
}

function tableSteps(sheet: SheetRef, spec: SheetSpec, at: string, table: TableSpec, env: PlanEnvironment): BlockSteps {
  const origin = originOf(at, spec.name);
  const width = table.columns.length;
  // Excel keeps one empty data row in a table without data.
  const rows = table.rows.length > 0 ? table.rows : [[]];
  const textColumns = table.columns.map((_, c) => isTextColumn(table.rows.map((row) => row[c] ?? null)));
  const header: OfficeCell[] = table.columns.map((column) => ({ value: column.header, isFormula: false, numberFormat: TEXT_FORMAT }));
  const body = rows.map((row) => table.columns.map((column, c) => toOfficeCell(row[c] ?? null, column.style, textColumns[c])));
  const values = gridSteps(sheet, origin, [header, ...body], env.chunkBytes);
  const steps: WriteStep[] = [];

  const whole = { top: origin.row, left: origin.col, bottom: origin.row + rows.length, right: origin.col + width - 1 };
  const bodyColumns = (from: number, count: number): string =>
    rangeA1({ top: origin.row + 1, left: origin.col + from, bottom: whole.bottom, right: origin.col + from + count - 1 });
  steps.push(
    writeStep(3, jsonBytes(table.name), () => {
      const created = sheet().tables.add(sheet().getRange(rangeA1(whole)), true);
      created.name = table.name;
      created.style = table.style ?? DEFAULT_TABLE_STYLE;
    }),
  );
  if (table.headerStyle) {
    steps.push(styleStep(sheet, rangeA1({ ...whole, bottom: whole.top }), table.headerStyle, { rows: 1, cols: width }));
  }
  for (const rect of styleRectangles([table.columns.map((column) => column.style)])) {
    steps.push(styleStep(sheet, bodyColumns(rect.col, rect.cols), rect.style, { rows: rows.length, cols: rect.cols }));
  }
  table.columns.forEach((column, c) => {
    if (!column.validation) return;
    if (!env.features.dataValidation) {
      env.degrade('validation', spec.name);
      return;
    }
    const { rule, errorAlert } = toOfficeValidation(column.validation, env.listRange);
    const address = bodyColumns(c, 1);
    steps.push(
      writeStep(3, jsonBytes(rule) + jsonBytes(errorAlert), () => {
        const validation = sheet().getRange(address).dataValidation;
        validation.ignoreBlanks = true;
        validation.rule = rule;
        validation.errorAlert = errorAlert;
      }),
    );
  });
  return { values, after: steps };
}

/** Cells under a merge take the style of its top-left cell, so borders frame the whole area. */
function stylesWithMerges(
  cells: readonly (readonly (StyledCell | null)[])[],
  origin: CellAddress,
  merges: readonly string[],
): (CellStyle | undefined)[][] {
  const styles = cells.map((row) => row.map((cell) => cell?.style));
  for (const text of merges) {
    const merge = parseRange(text);
    const top = merge && styles[merge.top - origin.row]?.[merge.left - origin.col];
    if (!merge || !top) continue;
    for (let r = merge.top; r <= merge.bottom; r++) {
      for (let c = merge.left; c <= merge.right; c++) {
        const row = styles[r - origin.row];
        if (row && c - origin.col < row.length) row[c - origin.col] = top;
      }
    }
  }
  return styles;
}

function linkStep(sheet: SheetRef, address: string, cell: StyledCell, link: string): WriteStep[] {
  const ref = parseSheetRef(link);
  if (!ref) return [];
  const hyperlink: Excel.RangeHyperlink = {
    documentReference: `${quoteSheetName(ref.sheet)}!${rangeA1(ref.range)}`,
    ...(typeof cell.value === 'string' ? { textToDisplay: cell.value } : {}),
  };
  return [
    writeStep(1, jsonBytes(hyperlink), () => {
      sheet().getRange(address).hyperlink = hyperlink;
    }),
  ];
}

function noteStep(sheet: SheetRef, spec: SheetSpec, address: string, note: string, env: PlanEnvironment): WriteStep[] {
  const kind = env.features.notes;
  if (kind === null) {
    env.degrade('notes', spec.name);
    return [];
  }
  return [
    writeStep(1, jsonBytes(note), () => {
      const cell = sheet().getRange(address);
      if (kind === 'notes') sheet().notes.add(cell, note);
      else sheet().comments.add(cell, note);
    }),
  ];
}

function cellsSteps(sheet: SheetRef, spec: SheetSpec, block: Extract<Block, { kind: 'cells' }>, env: PlanEnvironment): BlockSteps {
  const origin = originOf(block.at, spec.name);
  const width = Math.max(1, ...block.rows.map((row) => row.length));
  const cells = block.rows.map((row) => Array.from({ length: width }, (_, c) => row[c] ?? null));
  const officeCells = cells.map((row) => row.map((cell) => (cell ? toOfficeCell(cell.value, cell.style) : EMPTY_CELL)));
  const values = gridSteps(sheet, origin, officeCells, env.chunkBytes);
  const steps: WriteStep[] = [];

  const merges = block.merges ?? [];
  for (const rect of styleRectangles(stylesWithMerges(cells, origin, merges))) {
    const address = rangeA1({
      top: origin.row + rect.row,
      left: origin.col + rect.col,
      bottom: origin.row + rect.row + rect.rows - 1,
      right: origin.col + rect.col + rect.cols - 1,
    });
    steps.push(styleStep(sheet, address, rect.style, rect));
  }
  for (const merge of merges) {
    steps.push(writeStep(1, 0, () => sheet().getRange(merge).merge(false)));
  }
  for (const [offset, height] of Object.entries(block.rowHeights ?? {})) {
    const row = origin.row + Number(offset);
    steps.push(
      writeStep(1, 0, () => {
        sheet().getRange(`${row}:${row}`).format.rowHeight = height;
      }),
    );
  }
  cells.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (!cell) return;
      const address = a1(origin.row + r, origin.col + c);
      if (cell.link !== undefined) steps.push(...linkStep(sheet, address, cell, cell.link));
      if (cell.note !== undefined) steps.push(...noteStep(sheet, spec, address, cell.note, env));
    }),
  );
  return { values, after: steps };
}

/** Consecutive rows, as `from:to` runs. */
function rowRuns(rows: Iterable<number>): { from: number; to: number }[] {
  const runs: { from: number; to: number }[] = [];
  for (const row of [...rows].sort((a, b) => a - b)) {
    const last = runs[runs.length - 1];
    if (last && last.to === row - 1) last.to = row;
    else runs.push({ from: row, to: row });
  }
  return runs;
}

/**
 * Rows holding wrapped text whose height the spec leaves open, fitted by Excel (ExcelApi 1.2) once
 * their values, styles and column widths are queued: where the `.xlsx` writer can only estimate a
 * height, Excel measures the text. Whole rows, so that every block on a row counts.
 */
function fitRowsSteps(sheet: SheetRef, spec: SheetSpec): WriteStep[] {
  return rowRuns(rowsToFit(spec).keys()).map(({ from, to }) =>
    writeStep(1, 0, () => sheet().getRange(`${from}:${to}`).format.autofitRows()),
  );
}

function printStep(sheet: SheetRef, spec: SheetSpec, print: PrintSetup, env: PlanEnvironment): WriteStep[] {
  if (!env.features.pageLayout) {
    env.degrade('print', spec.name);
    return [];
  }
  const margins = pageMarginsCm(print);
  return [
    writeStep(5, 0, () => {
      const layout = sheet().pageLayout;
      layout.orientation = print.orientation === 'landscape' ? 'Landscape' : 'Portrait';
      layout.paperSize = 'A4';
      layout.setPrintMargins('Centimeters', margins);
      // One page wide; as many pages tall as needed (0 = automatic, as in the file format).
      if (print.fitToWidth) layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      if (print.repeatRows) layout.setPrintTitleRows(`$${print.repeatRows.from}:$${print.repeatRows.to}`);
    }),
  ];
}

/** Everything written onto the sheet, in order; protection and visibility come later. */
export function planSheet(sheet: SheetRef, spec: SheetSpec, env: PlanEnvironment): WriteStep[] {
  const steps: WriteStep[] = [];
  for (const [col, width] of columnWidths(spec)) {
    const letters = colToLetters(col);
    steps.push(
      writeStep(1, 0, () => {
        sheet().getRange(`${letters}:${letters}`).format.columnWidth = widthToPoints(width);
      }),
    );
  }
  const blocks = spec.blocks.map((block) =>
    block.kind === 'table' ? tableSteps(sheet, spec, block.at, block.table, env) : cellsSteps(sheet, spec, block, env),
  );
  // Every value is written before any table is made, so that no write lands next to a table
  // and widens it.
  steps.push(...blocks.flatMap((b) => b.values), ...blocks.flatMap((b) => b.after), ...fitRowsSteps(sheet, spec));
  if (spec.frozenRows) {
    const count = spec.frozenRows;
    steps.push(writeStep(1, 0, () => sheet().freezePanes.freezeRows(count)));
  }
  if (spec.print) steps.push(...printStep(sheet, spec, spec.print, env));
  if (spec.tabColor) {
    const color = `#${spec.tabColor.toUpperCase()}`;
    steps.push(
      writeStep(1, 0, () => {
        sheet().tabColor = color;
      }),
    );
  }
  return steps;
}

/** Protection without a password (ExcelApi 1.2), after everything else on the sheet is written. */
export const protectStep = (sheet: SheetRef): WriteStep => writeStep(1, jsonBytes(PROTECTION), () => sheet().protection.protect(PROTECTION));
