/**
 * Định dạng mặc định — the formats both adapters give what a spec leaves open: the date format of
 * a date cell and the style of a table. Tables take Excel's built-in styles only: a table naming
 * any other style loses its look.
 */
import type { CellStyle } from './port';

/** What a date cell shows unless its column says otherwise (Vietnamese order: day/month/year). */
export const DEFAULT_DATE_FORMAT = 'dd/mm/yyyy';

/** The style of a date cell: the column's, with the date format when the column sets none. */
export const withDateFormat = (style: CellStyle | undefined): CellStyle => ({
  ...style,
  numberFormat: style?.numberFormat ?? DEFAULT_DATE_FORMAT,
});

export const DEFAULT_TABLE_STYLE = 'TableStyleMedium2';

/** `TableStyleLight1…21`, `TableStyleMedium1…28`, `TableStyleDark1…11`. */
export const isBuiltInTableStyle = (name: string): boolean =>
  /^TableStyle(Light([1-9]|1\d|2[01])|Medium([1-9]|1\d|2[0-8])|Dark([1-9]|1[01]))$/.test(name);
