/**
 * The real gate and parser for returned files — `inspectWorkbookBytes` then the exceljs adapter —
 * with the limits a run gives them. What a worker runs; the limits are plain data, handed to the
 * worker as it starts.
 */
import { type GateLimits } from '../gate/limits';
import { inspectWorkbookBytes } from '../gate/inspect';
import { type WorkbookLimits, openXlsx } from '../xlsx/xlsxWorkbook';
import type { ReadingParts } from './parseReturnedBytes';

export interface ReadingLimits {
  /** The byte gate's limits (`DEFAULT_GATE_LIMITS` when absent). */
  readonly gate?: Partial<GateLimits>;
  /** The parser's sheet size limits (`DEFAULT_LIMITS` when absent). */
  readonly read?: Partial<WorkbookLimits>;
}

export function xlsxReadingParts(limits: ReadingLimits = {}): ReadingParts {
  return {
    inspect: (bytes, fileName) => inspectWorkbookBytes(bytes, fileName, limits.gate),
    open: (bytes) => openXlsx(bytes, { limits: limits.read }),
  };
}
