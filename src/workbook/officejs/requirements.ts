/**
 * Requirement sets (bộ API) — what the open Excel can do. ExcelApi 1.7 (Office 2019) is the
 * minimum; every newer feature the adapter uses is gated here, so that older Excel still gets a
 * working workbook and the officer is told what was left out.
 */

/** `Office.context.requirements.isSetSupported`, injected so that tests can choose a version. */
export type IsSetSupported = (name: string, version: string) => boolean;

export const MINIMUM_EXCEL_API = '1.7';

/** `1.10` after `1.9`: versions compare part by part, as numbers. */
export function compareVersions(a: string, b: string): number {
  const left = a.split('.').map(Number);
  const right = b.split('.').map(Number);
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const diff = (left[i] ?? 0) - (right[i] ?? 0);
    if (diff !== 0) return Math.sign(diff);
  }
  return 0;
}

/** When nothing is injected, assume the minimum: no optional feature is tried. */
export const minimumExcelOnly: IsSetSupported = (name, version) =>
  name === 'ExcelApi' && compareVersions(version, MINIMUM_EXCEL_API) <= 0;

export interface ExcelFeatures {
  /** `application.suspendApiCalculationUntilNextSync` — ExcelApi 1.6. */
  readonly suspendCalculation: boolean;
  /** `range.dataValidation` — ExcelApi 1.8. */
  readonly dataValidation: boolean;
  /** `application.suspendScreenUpdatingUntilNextSync` — ExcelApi 1.9. */
  readonly suspendScreenUpdating: boolean;
  /** `worksheet.pageLayout` — ExcelApi 1.9. */
  readonly pageLayout: boolean;
  /** Ghi chú: notes (ExcelApi 1.18), else threaded comments (ExcelApi 1.10), else none. */
  readonly notes: 'notes' | 'comments' | null;
}

export function detectFeatures(isSetSupported: IsSetSupported): ExcelFeatures {
  const has = (version: string): boolean => isSetSupported('ExcelApi', version);
  return {
    suspendCalculation: has('1.6'),
    dataValidation: has('1.8'),
    suspendScreenUpdating: has('1.9'),
    pageLayout: has('1.9'),
    notes: has('1.18') ? 'notes' : has('1.10') ? 'comments' : null,
  };
}
