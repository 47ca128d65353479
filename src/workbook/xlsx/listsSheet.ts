/**
 * The hidden `_lists` sheet in an exceljs workbook. Validations point at a defined name per list
 * (`_lists_<n>`), not at the sheet: Excel saves a validation that refers to another sheet directly
 * in an `x14` extension that exceljs 4.4 does not read (issues #1900, #2898), so it would be lost
 * the next time the workbook is opened here; a named list stays in the standard part.
 */
import type { Workbook, Worksheet } from 'exceljs';
import { LISTS_SHEET, ListColumns, listCells, type ListColumn } from '../lists';
import { plainText } from './cellValue';

/** The defined name of the list in column `col` of the lists sheet. */
export const listName = (col: number): string => `${LISTS_SHEET}_${col}`;

/** Each column of the sheet as text from row 1 down to its first empty cell. */
function listsOn(sheet: Worksheet): string[][] {
  return Array.from({ length: sheet.columnCount }, (_, i) => {
    const values: string[] = [];
    for (let row = 1; ; row++) {
      const text = plainText(sheet.findCell(row, i + 1)?.value);
      if (text === null) return values;
      values.push(text);
    }
  });
}

const writeList = (sheet: Worksheet, { col, values }: ListColumn): void => {
  values.forEach((value, i) => {
    sheet.getCell(i + 1, col).value = value;
  });
};

export class ListsSheet {
  private opened: { readonly sheet: Worksheet; readonly columns: ListColumns } | undefined;

  constructor(private readonly workbook: Workbook) {}

  /** The defined name of the cells holding `values`, e.g. `_lists_2` for `'_lists'!$B$1:$B$7`. */
  sourceFor(values: readonly string[]): string {
    const list = this.open().columnFor(values);
    const name = listName(list.col);
    const names = this.workbook.definedNames;
    if (names.getRanges(name).ranges.length === 0) names.add(listCells(list), name);
    return name;
  }

  /** The sheet, if any list was ever written to this workbook. */
  get worksheet(): Worksheet | undefined {
    return this.opened?.sheet ?? this.workbook.getWorksheet(LISTS_SHEET);
  }

  private open(): ListColumns {
    if (this.opened) return this.opened.columns;
    const existing = this.workbook.getWorksheet(LISTS_SHEET);
    const sheet = existing ?? this.workbook.addWorksheet(LISTS_SHEET);
    sheet.state = 'hidden';
    const columns = new ListColumns(existing ? listsOn(existing) : [], (list) => writeList(sheet, list));
    this.opened = { sheet, columns };
    return columns;
  }
}
