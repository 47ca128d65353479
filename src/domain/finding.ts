/**
 * Finding (phát hiện): one thing wrong or worth a look in a plan or a returned workbook. Codes are
 * stable — tests, reports and officials' habits rely on them (DESIGN §4).
 */
import { z } from 'zod';

export const FindingCode = z.enum([
  // Returned workbooks (DESIGN §4).
  'file-unreadable',
  'file-too-large',
  'not-a-template',
  'wrong-plan',
  'wrong-agency',
  'wrong-period',
  'stale-template',
  'missing-sheet',
  'missing-column',
  'duplicate-id',
  'unknown-id',
  'missing-row',
  'altered-locked-cell',
  'invalid-enum',
  'invalid-number',
  'out-of-range',
  'invalid-date',
  'inconsistent-status',
  'formula-injection',
  'empty-required',
  // Untrusted bytes, before any parser (src/workbook/gate).
  'zip-bomb', // the zip inflates far beyond its size, has too many parts, or parts share bytes
  'encrypted', // a password-to-open workbook
  'legacy-format', // Excel 97-2003 .xls or XML Spreadsheet 2003
  'macro-present', // xl/vbaProject.bin
  'external-link', // formulas linking to other workbooks (warning: stored values are read)
  'too-many-cells', // cells, a claimed used range or merged ranges beyond the limits or Excel's grid
  'cell-too-long', // text longer than Excel's 32,767 characters
  'xml-doctype', // Excel never writes one; it is how XML entity attacks begin
  // Plans (check).
  'schema-invalid',
  'unknown-agency',
  'ambiguous-agency',
  'invalid-time-frame',
  'total-mismatch',
  'count-mismatch',
  'date-before-document',
  'unknown-reference',
  'merged-cell-gap',
]);
export type FindingCode = z.infer<typeof FindingCode>;

export const Severity = z.enum(['error', 'warning']);
export type Severity = z.infer<typeof Severity>;

export const Finding = z.object({
  code: FindingCode,
  severity: Severity,
  /** Human-readable place: `tasks[NV-I-1].leadAgencies`, `Nhiệm vụ!E7`, `Phụ lục 2, dòng 13`. */
  where: z.string(),
  file: z.string().optional(),
  sheet: z.string().optional(),
  /** A1 address in `sheet`. */
  cell: z.string().optional(),
  rowId: z.string().optional(),
  column: z.string().optional(),
  found: z.string().optional(),
  expected: z.string().optional(),
  message_vi: z.string().min(1),
  message_en: z.string().min(1),
});
export type Finding = z.infer<typeof Finding>;

export const hasErrors = (findings: readonly Finding[]): boolean => findings.some((f) => f.severity === 'error');
