/**
 * The hidden `_lists` sheet (danh sách thả xuống): drop-down lists too long for an inline list, or
 * with values containing commas, one list per column from row 1, each column named `_lists_<n>`.
 * Validations point at the name, not at the sheet: Excel saves a validation that refers to another
 * sheet directly in an `x14` extension that exceljs 4.4 does not read (issues #1900, #2898), so it
 * would be lost the next time the workbook is opened here; a named list stays in the standard part.
 * A list already on the sheet is reused, so writing the same sheets again does not grow it.
 */
import type { Workbook, Worksheet } from 'exceljs';
import { absoluteRangeA1, quoteSheetName } from '../address';
import { plainText } from './cellValue';

export const LISTS_SHEET = '_lists';

const listKey = (values: readonly string[]): string => JSON.stringify(values);

/** The defined name of the list in column `col` of the lists sheet. */
export const listName = (col: number): string => `${LISTS_SHEET}_${col}`;

export class ListsSheet {
  private sheet: Worksheet | undefined;
  private readonly columns = new Map<string, number>();
  private lastColumn = 0;

  constructor(private readonly workbook: Workbook) {}

  /** The defined name of the cells holding `values`, e.g. `_lists_2` for `'_lists'!$B$1:$B$7`. */
  sourceFor(values: readonly string[]): string {
    const sheet = this.open();
    const col = this.columns.get(listKey(values)) ?? this.append(sheet, values);
    const name = listName(col);
    const names = this.workbook.definedNames;
    if (names.getRanges(name).ranges.length === 0) {
      const range = absoluteRangeA1({ top: 1, left: col, bottom: values.length, right: col });
      names.add(`${quoteSheetName(LISTS_SHEET)}!${range}`, name);
    }
    return name;
  }

  /** The sheet, if any list was ever written to this workbook. */
  get worksheet(): Worksheet | undefined {
    return this.sheet ?? this.workbook.getWorksheet(LISTS_SHEET);
  }

  private append(sheet: Worksheet, values: readonly string[]): number {
    const col = ++this.lastColumn;
    values.forEach((value, i) => {
      sheet.getCell(i + 1, col).value = value;
    });
    this.columns.set(listKey(values), col);
    return col;
  }

  private open(): Worksheet {
    if (this.sheet) return this.sheet;
    const existing = this.workbook.getWorksheet(LISTS_SHEET);
    const sheet = existing ?? this.workbook.addWorksheet(LISTS_SHEET);
    sheet.state = 'hidden';
    if (existing) this.indexExisting(existing);
    this.sheet = sheet;
    return sheet;
  }

  private indexExisting(sheet: Worksheet): void {
    for (let col = 1; col <= sheet.columnCount; col++) {
      const values: string[] = [];
      for (let row = 1; ; row++) {
        const text = plainText(sheet.findCell(row, col)?.value);
        if (text === null) break;
        values.push(text);
      }
      if (values.length > 0 && !this.columns.has(listKey(values))) this.columns.set(listKey(values), col);
      this.lastColumn = col;
    }
  }
}
