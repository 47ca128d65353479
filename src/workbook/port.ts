/**
 * The workbook port: the only way the app touches a workbook. Two adapters implement it — exceljs
 * for `.xlsx` files (Node and browser) and Office.js for the open workbook — so everything above
 * stays pure. Writes are declarative (`SheetSpec`, produced by `src/layout`) and reads return whole
 * sheets or tables, so that an Office.js adapter can do any command in a bounded number of
 * `context.sync()` calls, whatever the number of rows.
 */

/** Ngày — written to Excel as a date serial with a date format. */
export interface DateValue {
  readonly date: string; // YYYY-MM-DD
}
/** Công thức — only the product writes formulas; text from returned files is never one. */
export interface FormulaValue {
  readonly formula: string; // without the leading '='
}
export type CellValue = string | number | boolean | null | DateValue | FormulaValue;

export const isDateValue = (v: CellValue): v is DateValue => typeof v === 'object' && v !== null && 'date' in v;
export const isFormulaValue = (v: CellValue): v is FormulaValue =>
  typeof v === 'object' && v !== null && 'formula' in v;

export type HorizontalAlign = 'left' | 'center' | 'right' | 'justify';
export type VerticalAlign = 'top' | 'middle' | 'bottom';

export interface CellStyle {
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly fontName?: string;
  readonly fontSize?: number;
  readonly color?: string; // RRGGBB
  readonly fill?: string; // RRGGBB
  readonly horizontal?: HorizontalAlign;
  readonly vertical?: VerticalAlign;
  readonly wrap?: boolean;
  readonly border?: boolean; // thin border on all four sides
  /** Invariant format code (`#,##0.00`, `0%`, `dd/mm/yyyy`, `@`); Excel shows the user's separators. */
  readonly numberFormat?: string;
  /** false: the cell stays editable when the sheet is protected. */
  readonly locked?: boolean;
}

/** Kiểm tra dữ liệu nhập — data validation on a column or cell. */
export type Validation =
  | { readonly type: 'list'; readonly values: readonly string[] }
  | { readonly type: 'decimal'; readonly min: number; readonly max: number }
  | { readonly type: 'whole'; readonly min: number; readonly max: number }
  | { readonly type: 'date'; readonly min: string; readonly max: string };

export interface ColumnSpec {
  readonly header: string;
  readonly width?: number; // characters
  readonly style?: CellStyle; // applied to the data cells
  readonly validation?: Validation;
}

/** A real Excel table (ListObject) with a header row. */
export interface TableSpec {
  readonly name: string; // ASCII, unique in the workbook
  readonly columns: readonly ColumnSpec[];
  readonly rows: readonly (readonly CellValue[])[];
  readonly headerStyle?: CellStyle;
  readonly style?: string; // e.g. TableStyleMedium2
}

export interface StyledCell {
  readonly value: CellValue;
  readonly style?: CellStyle;
  /** Ghi chú — a note shown on the cell. */
  readonly note?: string;
  /** Internal link, e.g. `'Nhiệm vụ'!E7`. */
  readonly link?: string;
}

export type Block =
  | { readonly kind: 'table'; readonly at: string; readonly table: TableSpec }
  | {
      readonly kind: 'cells';
      readonly at: string;
      readonly rows: readonly (readonly (StyledCell | null)[])[];
      /** Merged ranges in A1 notation, absolute on the sheet. */
      readonly merges?: readonly string[];
      /** Row heights in points, by offset from `at`'s row. */
      readonly rowHeights?: Readonly<Record<number, number>>;
    };

export interface PrintSetup {
  readonly orientation: 'portrait' | 'landscape';
  readonly paperSize: 'A4';
  /** Margins in centimetres (Nghị định 30/2020 sets them for official documents). */
  readonly marginsCm: { readonly top: number; readonly bottom: number; readonly left: number; readonly right: number };
  readonly fitToWidth: boolean;
  /** Rows repeated at the top of every printed page, 1-based inclusive. */
  readonly repeatRows?: { readonly from: number; readonly to: number };
}

export type SheetState = 'visible' | 'hidden' | 'veryHidden';

export interface SheetSpec {
  readonly name: string; // ≤ 31 characters, Vietnamese allowed
  readonly state?: SheetState;
  readonly frozenRows?: number;
  /** Protect without a password: nobody can be locked out. */
  readonly protect?: boolean;
  /** Column widths in characters, by 0-based column index; table columns may also set them. */
  readonly columnWidths?: readonly number[];
  readonly blocks: readonly Block[];
  readonly print?: PrintSetup;
  readonly tabColor?: string;
}

/** A cell as read back: the stored value, never evaluated. */
export interface ReadCell {
  /** Dates come back as `{ date }` when the cell has a date format; formulas as their cached result. */
  readonly value: string | number | boolean | null | DateValue;
  readonly formula?: string;
  readonly numberFormat?: string;
  readonly hyperlink?: string;
  readonly note?: string;
  readonly locked?: boolean;
}

export interface SheetInfo {
  readonly name: string;
  readonly state: SheetState;
}

/** The used range of a sheet as a dense grid of rows (row 1 first), trimmed of empty trailing rows. */
export interface SheetGrid extends SheetInfo {
  readonly rows: readonly (readonly (ReadCell | null)[])[];
  readonly protected: boolean;
}

export interface TableData {
  readonly name: string;
  readonly sheet: string;
  /** A1 address of the header row's first cell. */
  readonly at: string;
  readonly headers: readonly string[];
  readonly rows: readonly (readonly ReadCell['value'][])[];
}

/**
 * The port. Every method is one batch: an Office.js adapter answers each with a number of
 * `context.sync()` calls that is constant for ordinary data, whatever its rows, and grows only with
 * the bytes a write carries beyond the per-request budget (4 MB, under the 5 MB Excel on the web
 * accepts in one request).
 */
export interface WorkbookPort {
  listSheets(): Promise<readonly SheetInfo[]>;
  /** null when there is no such sheet. */
  readSheet(name: string): Promise<SheetGrid | null>;
  /** Reads several tables at once; a missing table maps to null. */
  readTables(names: readonly string[]): Promise<Readonly<Record<string, TableData | null>>>;
  /** Creates or replaces whole sheets, in order, then removes the sheets named in `remove`. */
  writeSheets(specs: readonly SheetSpec[], remove?: readonly string[]): Promise<void>;
}

/** A workbook held as a file: the exceljs adapter. */
export interface WorkbookFile extends WorkbookPort {
  toArrayBuffer(): Promise<ArrayBuffer>;
}
