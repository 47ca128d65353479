/**
 * Size guards for reading: a returned file can claim a million rows, and every cell read costs
 * memory in the browser. Beyond these limits the reader stops with `WorkbookLimitError`.
 */
import { z } from 'zod';
import { WorkbookLimitError } from '../errors';

export const WorkbookLimits = z.object({
  maxRows: z.number().int().positive(),
  maxColumns: z.number().int().positive(),
  maxCells: z.number().int().positive(),
});
export type WorkbookLimits = z.infer<typeof WorkbookLimits>;

export const DEFAULT_LIMITS: WorkbookLimits = { maxRows: 100_000, maxColumns: 200, maxCells: 2_000_000 };

export const resolveLimits = (given: Partial<WorkbookLimits> = {}): WorkbookLimits =>
  WorkbookLimits.parse({ ...DEFAULT_LIMITS, ...given });

/** Throws when a `rows` × `columns` block of `sheet` is larger than the limits allow. */
export function checkLimits(sheet: string, rows: number, columns: number, limits: WorkbookLimits): void {
  if (rows > limits.maxRows) throw new WorkbookLimitError(sheet, 'rows', rows, limits.maxRows);
  if (columns > limits.maxColumns) throw new WorkbookLimitError(sheet, 'columns', columns, limits.maxColumns);
  if (rows * columns > limits.maxCells) throw new WorkbookLimitError(sheet, 'cells', rows * columns, limits.maxCells);
}
