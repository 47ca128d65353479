/**
 * The hidden `_lists` sheet (danh sách thả xuống) of the open workbook, as the `.xlsx` adapter
 * keeps it: one drop-down list per column from row 1. The lists already there are read in the
 * first request of a write and reused, so writing the same sheets again does not grow the sheet.
 */
import { absoluteRangeA1, quoteSheetName } from '../address';
import { LISTS_SHEET } from '../xlsx/listsSheet';

const listKey = (values: readonly string[]): string => JSON.stringify(values);

/** A list to append: its 1-based column and its values. */
export interface NewList {
  readonly col: number;
  readonly values: readonly string[];
}

export class OfficeListsSheet {
  private readonly columns = new Map<string, number>();
  private lastColumn = 0;
  private readonly added: NewList[] = [];

  /**
   * `values` is the loaded used range of the sheet (null when the sheet is empty or absent), at
   * 0-based `rowIndex`, `columnIndex` as Office.js reports them.
   */
  constructor(used: { readonly values: readonly (readonly unknown[])[]; readonly rowIndex: number; readonly columnIndex: number } | null) {
    if (!used) return;
    const width = used.values[0]?.length ?? 0;
    this.lastColumn = used.columnIndex + width;
    if (used.rowIndex !== 0) return;
    for (let c = 0; c < width; c++) {
      const values: string[] = [];
      for (const row of used.values) {
        const cell = row[c];
        if (cell === '' || cell === null || cell === undefined) break;
        values.push(String(cell));
      }
      const key = listKey(values);
      if (values.length > 0 && !this.columns.has(key)) this.columns.set(key, used.columnIndex + c + 1);
    }
  }

  /** The absolute range holding `values`, e.g. `'_lists'!$B$1:$B$7`; new lists are appended. */
  rangeFor(values: readonly string[]): string {
    const key = listKey(values);
    let col = this.columns.get(key);
    if (col === undefined) {
      col = ++this.lastColumn;
      this.columns.set(key, col);
      this.added.push({ col, values });
    }
    const range = absoluteRangeA1({ top: 1, left: col, bottom: values.length, right: col });
    return `${quoteSheetName(LISTS_SHEET)}!${range}`;
  }

  /** Lists this write must append to the sheet. */
  get newLists(): readonly NewList[] {
    return this.added;
  }
}
