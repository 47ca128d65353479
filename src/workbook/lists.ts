/**
 * The hidden `_lists` sheet (danh sách thả xuống) both adapters keep: drop-down lists too long for
 * an inline list, or with values containing commas, one list per column from row 1. A list already
 * on the sheet is reused, so writing the same sheets again does not grow it.
 */
import { absoluteRangeA1, quoteSheetName } from './address';

export const LISTS_SHEET = '_lists';

/** Where a list that cannot be written inline lives: a formula naming its cells. */
export type ListRange = (values: readonly string[]) => string;

/** A list in its column of the sheet (1-based), from row 1. */
export interface ListColumn {
  readonly col: number;
  readonly values: readonly string[];
}

/** `'_lists'!$B$1:$B$7` — the cells holding a list. */
export const listCells = ({ col, values }: ListColumn): string =>
  `${quoteSheetName(LISTS_SHEET)}!${absoluteRangeA1({ top: 1, left: col, bottom: values.length, right: col })}`;

const listKey = (values: readonly string[]): string => JSON.stringify(values);

/** Which column holds each list: the lists found on the sheet, then new ones after its last used column. */
export class ListColumns {
  private readonly columns = new Map<string, number>();
  private lastColumn: number;

  /**
   * `existing[i]` is column `i + 1` of the sheet as found: its text from row 1 down to the first
   * empty cell (none for a column that holds no list). `append` writes a list given a new column.
   */
  constructor(
    existing: readonly (readonly string[])[],
    private readonly append: (list: ListColumn) => void,
  ) {
    existing.forEach((values, i) => {
      const key = listKey(values);
      if (values.length > 0 && !this.columns.has(key)) this.columns.set(key, i + 1);
    });
    this.lastColumn = existing.length;
  }

  /** The column holding `values`; a list not on the sheet yet is appended in the next column. */
  columnFor(values: readonly string[]): ListColumn {
    const key = listKey(values);
    let col = this.columns.get(key);
    if (col === undefined) {
      col = ++this.lastColumn;
      this.columns.set(key, col);
      this.append({ col, values });
    }
    return { col, values };
  }
}
