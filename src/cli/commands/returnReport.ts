/**
 * Báo cáo kiểm tra tệp — how the command line shows the findings of returned files: per file, a
 * heading with its agency, period and verdict, then every finding with its code, severity, place
 * (sheet, cell, row id, column), the value found and the one expected, and its two messages.
 */
import type { FileCheck } from '../../app/validate';
import type { Finding } from '../../domain/finding';
import { findingCounts } from '../io';

export const STATUS_LABELS: Readonly<Record<FileCheck['status'], string>> = {
  valid: 'Hợp lệ / valid',
  invalid: 'Có lỗi / invalid',
  unreadable: 'Không đọc được / unreadable',
};

const SEVERITY_LABELS: Readonly<Record<Finding['severity'], string>> = {
  error: 'LỖI / ERROR',
  warning: 'CẢNH BÁO / WARNING',
};

function renderFinding(finding: Finding): string {
  const place = [
    finding.sheet === undefined ? null : `${finding.sheet}${finding.cell === undefined ? '' : `!${finding.cell}`}`,
    finding.rowId === undefined ? null : `mã/id ${finding.rowId}`,
    finding.column === undefined ? null : `cột/column "${finding.column}"`,
  ].filter((part) => part !== null);
  const lines = [`  ${SEVERITY_LABELS[finding.severity]}  ${finding.code}${place.length === 0 ? '' : `  ${place.join('  ')}`}`];
  if (finding.found !== undefined) lines.push(`    Đang ghi / found: ${finding.found}`);
  if (finding.expected !== undefined) lines.push(`    Cần / expected: ${finding.expected}`);
  lines.push(`    ${finding.message_vi}`, `    ${finding.message_en}`);
  return `${lines.join('\n')}\n`;
}

export function renderFileCheck(check: FileCheck): string {
  const { errors, warnings } = findingCounts(check.findings);
  const who = [check.agency ?? 'cơ quan chưa rõ / agency unknown', check.period === null ? null : `kỳ/period ${check.period}`].filter((part) => part !== null);
  const heading = `== ${check.file} — ${who.join(', ')} — ${STATUS_LABELS[check.status]}: ${errors} lỗi/errors, ${warnings} cảnh báo/warnings\n`;
  const ordered = [...check.findings.filter((f) => f.severity === 'error'), ...check.findings.filter((f) => f.severity === 'warning')];
  return heading + ordered.map(renderFinding).join('');
}
