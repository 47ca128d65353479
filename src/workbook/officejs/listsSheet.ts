/**
 * The hidden `_lists` sheet of the open workbook, kept as in `.xlsx` files. The lists already there
 * are read in the first request of a write; the lists this write adds are collected, to be written
 * by the write's own steps.
 */
import { ListColumns, listCells, type ListColumn } from '../lists';

/** The loaded used range of the sheet, at 0-based `rowIndex`, `columnIndex` as Office.js reports them. */
export interface LoadedLists {
  readonly values: readonly (readonly unknown[])[];
  readonly rowIndex: number;
  readonly columnIndex: number;
}

const isEmpty = (cell: unknown): boolean => cell === '' || cell === null || cell === undefined;

/** Each column of the sheet up to the last used one, as text from row 1 down to its first empty cell. */
function listsIn(used: LoadedLists): string[][] {
  const width = used.values[0]?.length ?? 0;
  return Array.from({ length: used.columnIndex + width }, (_, i) => {
    const c = i - used.columnIndex;
    const values: string[] = [];
    // A list starts in row 1: a used range starting lower holds none.
    if (c < 0 || used.rowIndex !== 0) return values;
    for (const row of used.values) {
      if (isEmpty(row[c])) break;
      values.push(String(row[c]));
    }
    return values;
  });
}

export class OfficeListsSheet {
  private readonly added: ListColumn[] = [];
  private readonly columns: ListColumns;

  /** `used` is null when the sheet is empty or absent. */
  constructor(used: LoadedLists | null) {
    this.columns = new ListColumns(used ? listsIn(used) : [], (list) => this.added.push(list));
  }

  /** The absolute range holding `values`, e.g. `'_lists'!$B$1:$B$7`; new lists are appended. */
  rangeFor(values: readonly string[]): string {
    return listCells(this.columns.columnFor(values));
  }

  /** Lists this write must append to the sheet. */
  get newLists(): readonly ListColumn[] {
    return this.added;
  }
}
