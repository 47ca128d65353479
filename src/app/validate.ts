/**
 * Kiểm tra tệp báo cáo — validates returned files one at a time against the plan: each file is
 * read (gate, then parser), judged by `validateReturn`, and handed back with its status. A file
 * that cannot be read is a result like any other, never an exception, so one bad file never
 * stops the others.
 */
import { z } from 'zod';
import { Finding } from '../domain/finding';
import type { Period } from '../domain/period';
import type { Plan } from '../domain/plan';
import type { AssignOptions } from '../layout/assignments';
import type { Layouts } from '../layout/schema';
import { createExpectations, type Expectations } from '../rules/validate/expected';
import type { ValidatedReturn } from '../rules/validate/model';
import { type ReturnedWorkbook, validateReturn } from '../rules/validate/validateReturn';
import { openReturnedFile, type ReturnedFileAccess, type ReturnedFileSource } from './returnedFile';

/** What the officer is told about one file (also the `--json` shape). */
export const FileCheck = z.object({
  file: z.string(),
  sha256: z.string(),
  agency: z.string().nullable(),
  period: z.string().nullable(),
  /** valid: no error; invalid: errors to send back; unreadable: not a workbook that can be read. */
  status: z.enum(['valid', 'invalid', 'unreadable']),
  findings: z.array(Finding),
});
export type FileCheck = z.infer<typeof FileCheck>;

export interface CheckedFile {
  readonly check: FileCheck;
  /** The grids read, for an annotated copy; null when the file could not be read. */
  readonly workbook: ReturnedWorkbook | null;
  readonly validated: ValidatedReturn | null;
  /** What the gate and the parser found in the bytes (part of `check.findings`). */
  readonly byteFindings: readonly Finding[];
}

export interface ValidationRun {
  readonly plan: Plan;
  readonly layouts: Layouts;
  /** The period being validated for; when absent, each file's own. */
  readonly period?: Period;
  readonly expectations: Expectations;
  readonly access: ReturnedFileAccess;
}

export interface ValidationOptions {
  readonly period?: Period;
  /** The options the agency workbooks were made with (`--as-of`, `--focal`). */
  readonly assign?: AssignOptions;
}

export function validationRun(plan: Plan, layouts: Layouts, access: ReturnedFileAccess, options: ValidationOptions = {}): ValidationRun {
  return {
    plan,
    layouts,
    ...(options.period === undefined ? {} : { period: options.period }),
    expectations: createExpectations(plan, layouts, options.assign),
    access,
  };
}

export async function checkReturnedFile(source: ReturnedFileSource, run: ValidationRun): Promise<CheckedFile> {
  const opened = await openReturnedFile(source, run.access);
  if (!opened.readable) {
    return {
      check: { file: source.fileName, sha256: opened.sha256, agency: null, period: null, status: 'unreadable', findings: [...opened.findings] },
      workbook: null,
      validated: null,
      byteFindings: opened.findings,
    };
  }
  const validated = await validateReturn(opened.workbook, {
    plan: run.plan,
    layouts: run.layouts,
    ...(run.period === undefined ? {} : { period: run.period }),
    expectations: run.expectations,
  });
  const findings = [...opened.findings, ...validated.findings];
  return {
    check: {
      file: source.fileName,
      sha256: opened.sha256,
      agency: validated.agencyId,
      period: validated.period,
      status: findings.some((finding) => finding.severity === 'error') ? 'invalid' : 'valid',
      findings,
    },
    workbook: opened.workbook,
    validated,
    byteFindings: opened.findings,
  };
}
