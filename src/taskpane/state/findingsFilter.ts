/** Lọc phát hiện — the severity and kind filters of the findings lists. */
import type { Finding, Severity } from '../../domain/finding';

export interface FindingsFilter {
  readonly severity: Severity | 'all';
  /** A finding code, or 'all'. */
  readonly code: string;
}

export const NO_FILTER: FindingsFilter = { severity: 'all', code: 'all' };

export const matchesFilter = (finding: Pick<Finding, 'severity' | 'code'>, filter: FindingsFilter): boolean =>
  (filter.severity === 'all' || finding.severity === filter.severity) && (filter.code === 'all' || finding.code === filter.code);

/** The codes present, errors' codes first, each once, in the order met. */
export function codesIn(findings: readonly Pick<Finding, 'severity' | 'code'>[]): string[] {
  const ordered = [...findings.filter((f) => f.severity === 'error'), ...findings.filter((f) => f.severity !== 'error')];
  return [...new Set(ordered.map((finding) => finding.code))];
}

export function severityCounts(findings: readonly Pick<Finding, 'severity'>[]): { errors: number; warnings: number } {
  const errors = findings.filter((finding) => finding.severity === 'error').length;
  return { errors, warnings: findings.length - errors };
}

/** Where a finding is, as the officer finds it in Excel: `Nhiệm vụ!E7 [Tình trạng]`, else its place in words. */
export function findingPlace(finding: Pick<Finding, 'where' | 'sheet' | 'cell' | 'column' | 'rowId'>): string {
  const cell = finding.sheet !== undefined && finding.cell !== undefined ? `${finding.sheet}!${finding.cell}` : finding.where;
  const row = finding.rowId !== undefined && !cell.includes(finding.rowId) ? ` (${finding.rowId})` : '';
  const column = finding.column !== undefined ? ` [${finding.column}]` : '';
  return `${cell}${row}${column}`;
}
