/**
 * Giới hạn an toàn — how much an untrusted returned workbook may make us read before a parser sees
 * it. A returned file is small (an agency's answers to one plan), so anything far beyond these is
 * either a mistake or an attack (zip bomb, a sheet claiming a million rows), and both end in a
 * finding instead of a frozen browser tab.
 */
import { z } from 'zod';

const MiB = 1024 * 1024;

/** The bytes of the returned file itself. */
export const MAX_FILE_BYTES = 20 * MiB;
/** Zip entries (parts); an Excel workbook has a few dozen. */
export const MAX_ENTRIES = 1_000;
/** Bytes one part may inflate to, counted while inflating — never taken from the zip headers. */
export const MAX_ENTRY_INFLATED = 100 * MiB;
/** Bytes all parts together may inflate to. */
export const MAX_TOTAL_INFLATED = 300 * MiB;
/** Inflated ÷ compressed bytes of one part; real XML compresses about 10:1, zeros about 1000:1. */
export const MAX_INFLATE_RATIO = 100;
/** The ratio is judged only above this many inflated bytes: tiny parts compress oddly. */
export const RATIO_CHECKED_FROM_BYTES = 100 * 1024;
/** Cells in the whole workbook: `<c>` elements, or the area a sheet's `<dimension>` claims. */
export const MAX_CELLS = 2_000_000;
/** Cells covered by the merged ranges of one sheet. */
export const MAX_MERGED_CELLS = 100_000;
/**
 * Cells covered by the data validations, and by the defined names, of the workbook: exceljs makes
 * an entry for every one of them. A little over two whole columns (1,048,576 cells each).
 */
export const MAX_RANGE_CELLS = 2_200_000;
/** Excel's own grid: rows and columns (XFD) of a sheet. */
export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;
/** Excel's limit on the characters in one cell. */
export const MAX_TEXT_LENGTH = 32_767;
/** Excel's limit on the characters of one formula. */
export const MAX_FORMULA_LENGTH = 8_192;

export const GateLimits = z.object({
  maxFileBytes: z.number().int().positive(),
  maxEntries: z.number().int().positive(),
  maxEntryInflated: z.number().int().positive(),
  maxTotalInflated: z.number().int().positive(),
  maxInflateRatio: z.number().positive(),
  ratioCheckedFromBytes: z.number().int().nonnegative(),
  maxCells: z.number().int().positive(),
  maxMergedCells: z.number().int().positive(),
  maxRangeCells: z.number().int().positive(),
  maxRows: z.number().int().positive(),
  maxColumns: z.number().int().positive(),
  maxTextLength: z.number().int().positive(),
  maxFormulaLength: z.number().int().positive(),
});
export type GateLimits = z.infer<typeof GateLimits>;

export const DEFAULT_GATE_LIMITS: GateLimits = {
  maxFileBytes: MAX_FILE_BYTES,
  maxEntries: MAX_ENTRIES,
  maxEntryInflated: MAX_ENTRY_INFLATED,
  maxTotalInflated: MAX_TOTAL_INFLATED,
  maxInflateRatio: MAX_INFLATE_RATIO,
  ratioCheckedFromBytes: RATIO_CHECKED_FROM_BYTES,
  maxCells: MAX_CELLS,
  maxMergedCells: MAX_MERGED_CELLS,
  maxRangeCells: MAX_RANGE_CELLS,
  maxRows: MAX_ROWS,
  maxColumns: MAX_COLUMNS,
  maxTextLength: MAX_TEXT_LENGTH,
  maxFormulaLength: MAX_FORMULA_LENGTH,
};

/** The defaults with the caller's overrides; a malformed override is a programming error and throws. */
export const resolveGateLimits = (given: Partial<GateLimits> = {}): GateLimits =>
  GateLimits.parse({ ...DEFAULT_GATE_LIMITS, ...given });
