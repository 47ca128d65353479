/**
 * Kiểm tra từng phần XML — what the gate looks for while one XML part streams past: a DOCTYPE in
 * any part; in worksheets, cells, claimed ranges and column formats beyond the limits or Excel's
 * grid, and merged ranges and data validations too large to expand; in the workbook, defined
 * names too large to expand; in worksheets and the shared-string table, texts longer than a cell
 * can hold and formulas longer than Excel writes. The kind of part is taken from its root
 * element, not its name, so a renamed part is still checked. Each kind of problem is reported
 * once per part.
 */
import type { GateLimits } from './limits';
import type { GateProblem } from './messages';
import { attribute, MAX_TAG_CHARS, type XmlSink, type XmlTag } from './xmlScan';

/** Ranges exceljs expands into an entry per cell as it reads them. */
type ExpandedRanges = 'validations' | 'names';

/** Counts kept across all parts of one workbook. */
export type WorkbookTally = {
  cells: number;
  cellLimitReported: boolean;
  ranges: Record<ExpandedRanges, { cells: number; reported: boolean }>;
};

export const emptyTally = (): WorkbookTally => ({
  cells: 0,
  cellLimitReported: false,
  ranges: { validations: { cells: 0, reported: false }, names: { cells: 0, reported: false } },
});

type CellPosition = { row: number; column: number };

const CELL_REF = /^\$?([A-Za-z]+)\$?(\d+)$/;
/** Column letters beyond which the number is past any grid (and past exact arithmetic). */
const MAX_COLUMN_LETTERS = 7;
/** Tags whose attributes the checks read; truncated, they could hide what they claim. */
const WORKSHEET_TAGS = new Set(['c', 'row', 'col', 'dimension', 'mergeCell', 'dataValidation']);
/** Built-in names exceljs reads as page setup rather than expanding them. */
const PAGE_SETUP_NAMES = new Set(['_xlnm.Print_Area', '_xlnm.Print_Titles']);
const RANGE_REF = /\$?[A-Za-z]+\$?\d+:\$?[A-Za-z]+\$?\d+/g;

export class PartInspector implements XmlSink {
  readonly problems: GateProblem[] = [];
  private root: string | null = null;
  private readonly reported = new Set<string>();
  private mergedCells = 0;
  private lastCell: string | undefined;
  /** The shared (`<si>`) or inline (`<is>`) string being read, with its length so far. */
  private item: { length: number; cell: string | undefined } | null = null;
  private inText = false;
  private phonetic = 0;
  private inEntity = false;
  /** The ranges of the defined name being read, when exceljs will expand them. */
  private definedName: string | null = null;
  /** The formula (`<f>`) being read, with its length so far. */
  private formula: { length: number; cell: string | undefined } | null = null;

  constructor(
    private readonly part: string,
    private readonly limits: GateLimits,
    private readonly tally: WorkbookTally,
  ) {}

  tag(tag: XmlTag): void {
    this.inEntity = false;
    if (tag.name.startsWith('!')) return;
    if (this.root === null && !tag.closing) this.root = tag.name;
    if (this.root === 'worksheet') this.worksheetTag(tag);
    if (this.root === 'worksheet' || this.root === 'sst') this.stringTag(tag);
    if (this.root === 'workbook' && tag.name === 'definedName') this.definedNameTag(tag);
  }

  text(text: string, from: number, to: number, cdata: boolean): void {
    if (this.definedName !== null) {
      // A defined name is a formula: Excel keeps it within the formula limit, so a longer one is cut, then refused.
      this.definedName += text.slice(from, Math.min(to, from + this.limits.maxFormulaLength + 1 - this.definedName.length));
      return;
    }
    if (this.formula !== null) this.formula.length += this.characters(text, from, to, cdata);
    else if (this.inText && this.item !== null) this.item.length += this.characters(text, from, to, cdata);
  }

  /** The characters of `text[from, to)` once entities are read: `&amp;` and `&#7899;` are one each. */
  private characters(text: string, from: number, to: number, cdata: boolean): number {
    if (cdata) return to - from;
    let length = 0;
    for (let i = from; i < to; i++) {
      const c = text.charCodeAt(i);
      if (this.inEntity) {
        if (c === 0x3b /* ; */) this.inEntity = false;
      } else {
        length++;
        if (c === 0x26 /* & */) this.inEntity = true;
      }
    }
    return length;
  }

  doctype(): void {
    this.report({ kind: 'doctype', part: this.part });
  }

  private worksheetTag(tag: XmlTag): void {
    if (tag.name === 'f') return this.formulaTag(tag);
    if (tag.closing || !WORKSHEET_TAGS.has(tag.name)) return;
    if (tag.truncated) {
      this.report({ kind: 'damaged', detail: `<${tag.name}> tag longer than ${MAX_TAG_CHARS} characters in ${this.part}` });
      return;
    }
    switch (tag.name) {
      case 'c':
        return this.cell(tag);
      case 'row': {
        const row = Number(attribute(tag, 'r'));
        if (Number.isInteger(row) && (row < 1 || row > this.limits.maxRows)) this.outsideGrid(`${row}:${row}`);
        return;
      }
      case 'col':
        return this.columns(attribute(tag, 'min'), attribute(tag, 'max'));
      case 'dimension':
        return this.dimension(attribute(tag, 'ref'));
      case 'mergeCell':
        return this.mergeCell(attribute(tag, 'ref'));
      case 'dataValidation':
        return this.expanded('validations', (attribute(tag, 'sqref') ?? '').split(/\s+/));
    }
  }

  private formulaTag(tag: XmlTag): void {
    if (!tag.closing) {
      this.formula = tag.selfClosing ? null : { length: 0, cell: this.lastCell };
      return;
    }
    if (this.formula !== null && this.formula.length > this.limits.maxFormulaLength) {
      this.report({
        kind: 'long-formula',
        part: this.part,
        ...(this.formula.cell === undefined ? {} : { cell: this.formula.cell }),
        length: this.formula.length,
        limit: this.limits.maxFormulaLength,
      });
    }
    this.formula = null;
  }

  private definedNameTag(tag: XmlTag): void {
    if (!tag.closing) {
      const expands = !tag.selfClosing && !PAGE_SETUP_NAMES.has(attribute(tag, 'name') ?? '');
      this.definedName = expands ? '' : null;
      return;
    }
    const ranges = this.definedName;
    this.definedName = null;
    if (ranges === null) return;
    if (ranges.length > this.limits.maxFormulaLength) {
      this.report({ kind: 'damaged', detail: `defined name longer than ${this.limits.maxFormulaLength} characters in ${this.part}` });
      return;
    }
    this.expanded('names', ranges.match(RANGE_REF) ?? []);
  }

  /** Counts the cells of ranges exceljs will expand one by one, across the workbook. */
  private expanded(kind: ExpandedRanges, refs: readonly string[]): void {
    const count = this.tally.ranges[kind];
    count.cells += refs.reduce((sum, ref) => sum + (rangeArea(ref)?.cells ?? 0), 0);
    if (count.cells > this.limits.maxRangeCells && !count.reported) {
      count.reported = true;
      this.problems.push({ kind: 'ranges', part: this.part, what: kind, cells: count.cells, limit: this.limits.maxRangeCells });
    }
  }

  private cell(tag: XmlTag): void {
    this.tally.cells++;
    if (this.tally.cells > this.limits.maxCells && !this.tally.cellLimitReported) {
      this.tally.cellLimitReported = true;
      this.problems.push({ kind: 'cell-count', part: this.part, cells: this.tally.cells, limit: this.limits.maxCells });
    }
    this.lastCell = attribute(tag, 'r');
    if (this.lastCell !== undefined && this.beyondGrid(cellPosition(this.lastCell))) this.outsideGrid(this.lastCell);
  }

  /** exceljs makes one object for every column up to a `<col>`'s bounds: past the grid, it never ends. */
  private columns(min: string | undefined, max: string | undefined): void {
    // Read as exceljs reads them.
    const beyond = [min, max].some((bound) => bound !== undefined && parseInt(bound, 10) > this.limits.maxColumns);
    if (beyond) this.report({ kind: 'columns-outside-grid', part: this.part, columns: `${min ?? ''}:${max ?? ''}` });
  }

  private dimension(ref: string | undefined): void {
    const range = ref === undefined ? null : rangeArea(ref);
    if (ref === undefined || range === null) return;
    if (range.corners.some((corner) => this.beyondGrid(corner))) this.outsideGrid(ref);
    else if (range.cells > this.limits.maxCells) {
      this.report({ kind: 'dimension', part: this.part, ref, cells: range.cells });
    }
  }

  private mergeCell(ref: string | undefined): void {
    const range = ref === undefined ? null : rangeArea(ref);
    if (ref === undefined || range === null) return;
    if (range.corners.some((corner) => this.beyondGrid(corner))) this.outsideGrid(ref);
    this.mergedCells += range.cells;
    if (this.mergedCells > this.limits.maxMergedCells) {
      this.report({ kind: 'merged', part: this.part, cells: this.mergedCells, limit: this.limits.maxMergedCells });
    }
  }

  private stringTag(tag: XmlTag): void {
    switch (tag.name) {
      case 'si':
      case 'is':
        if (tag.closing) this.endItem();
        else if (!tag.selfClosing) this.item = { length: 0, cell: tag.name === 'is' ? this.lastCell : undefined };
        return;
      case 'rPh':
        // Phonetic guides (furigana) are not part of the cell's text.
        if (tag.closing) this.phonetic = Math.max(0, this.phonetic - 1);
        else if (!tag.selfClosing) this.phonetic++;
        return;
      case 't':
        this.inText = !tag.closing && !tag.selfClosing && this.phonetic === 0;
        return;
    }
  }

  private endItem(): void {
    if (this.item !== null && this.item.length > this.limits.maxTextLength) {
      this.report({
        kind: 'long-text',
        part: this.part,
        ...(this.item.cell === undefined ? {} : { cell: this.item.cell }),
        length: this.item.length,
        limit: this.limits.maxTextLength,
      });
    }
    this.item = null;
    this.inText = false;
  }

  private beyondGrid(position: CellPosition | null): boolean {
    if (position === null) return false;
    const { row, column } = position;
    return row < 1 || row > this.limits.maxRows || column < 1 || column > this.limits.maxColumns;
  }

  private outsideGrid(ref: string): void {
    this.report({ kind: 'outside-grid', part: this.part, ref });
  }

  private report(problem: GateProblem): void {
    if (this.reported.has(problem.kind)) return;
    this.reported.add(problem.kind);
    this.problems.push(problem);
  }
}

/** `B7` → row 7, column 2; `AAAA1` reads as a column past any grid. Null when not a cell reference. */
function cellPosition(ref: string): CellPosition | null {
  const match = CELL_REF.exec(ref);
  if (!match) return null;
  const [, letters = '', digits = ''] = match;
  let column = letters.length > MAX_COLUMN_LETTERS ? Infinity : 0;
  for (const letter of letters.slice(0, MAX_COLUMN_LETTERS).toUpperCase()) {
    column = column * 26 + (letter.charCodeAt(0) - 64);
  }
  return { row: Number(digits), column };
}

/** The cells a range `A1:C3` (or a single cell) covers, and its corners. */
function rangeArea(ref: string): { cells: number; corners: CellPosition[] } | null {
  const [first = '', second = first, ...rest] = ref.split(':');
  const from = cellPosition(first);
  const to = cellPosition(second);
  if (from === null || to === null || rest.length > 0) return null;
  const cells = (Math.abs(to.row - from.row) + 1) * (Math.abs(to.column - from.column) + 1);
  return { cells, corners: [from, to] };
}
