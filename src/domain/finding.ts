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
