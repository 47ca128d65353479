/**
 * Cách ly — a row of a file that does not reach the report tables, with why: its own errors, or,
 * when the file as a whole was rejected, the file's errors first. The row's cells are kept as
 * text (`values`), so nothing the agency wrote is lost.
 */
import type { Finding } from '../../domain/finding';
import type { QuarantinedRow } from '../../domain/report';
import type { ReturnedRow } from '../validate/model';

export type Reasons = readonly [Finding, ...Finding[]];

export function quarantinedRow(row: ReturnedRow, submissionId: string, reasons: Reasons): QuarantinedRow {
  return {
    submissionId,
    sheet: row.sheet,
    row: row.row,
    rowId: row.rowId,
    code: reasons[0].code,
    reason_vi: reasons.map((finding) => finding.message_vi).join('\n'),
    reason_en: reasons.map((finding) => finding.message_en).join('\n'),
    values: row.values,
  };
}

/** Why a row is quarantined, or null when it is not: the file's errors, then the row's. */
export function quarantineReasons(row: ReturnedRow, fileErrors: readonly Finding[]): Reasons | null {
  const [first, ...rest] = [...fileErrors, ...row.errors];
  return first === undefined ? null : [first, ...rest];
}
