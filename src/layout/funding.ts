/**
 * Nguồn vốn — the plan's funding as one table, the way officials lay it out: a row for the total
 * the document states (`Tổng theo văn bản`, which also carries the unit and the quote), then one
 * row per line by source or by year. No rows at all: the plan states no funding.
 */
import type { Finding } from '../domain/finding';
import { Funding, FundingLine } from '../domain/plan';
import type { TableSheet } from './schema';
import type { ReadRow } from './tableRead';
import { cellFinding } from './tableRead';

export interface FundingRow {
  readonly id: string | null;
  readonly dimension: FundingLine['dimension'] | 'total';
  readonly label: string;
  readonly year: number | null;
  readonly amount: number | null;
  readonly unit: string;
  readonly source: string;
}

const DEFAULT_UNIT = Funding.shape.unit.parse(undefined);

export function fundingRows(funding: Funding | null): FundingRow[] {
  if (funding === null) return [];
  const total: FundingRow = {
    id: null,
    dimension: 'total',
    label: '',
    year: null,
    amount: funding.statedTotal,
    unit: funding.unit,
    source: funding.source,
  };
  return [total, ...funding.lines.map((line) => ({ ...line, unit: funding.unit, source: '' }))];
}

export function fundingFromRows(sheet: TableSheet, rows: readonly ReadRow[]): { funding: Funding | null; findings: Finding[] } {
  if (rows.length === 0) return { funding: null, findings: [] };
  const findings: Finding[] = [];
  const totals = rows.filter((row) => row.values.dimension === 'total');
  const lineRows = rows.filter((row) => row.values.dimension !== 'total');
  for (const extra of totals.slice(1)) {
    findings.push(
      cellFinding('duplicate-id', 'error', sheet.name, extra.cells.dimension ?? sheet.at, 'Phân loại', undefined, {
        vi: `Trang "${sheet.name}" có nhiều hơn một dòng tổng theo văn bản. Hãy giữ một dòng tổng.`,
        en: `Sheet "${sheet.name}" has more than one stated-total row. Keep one.`,
      }),
    );
  }
  const total = totals[0];
  const unit = text(total?.values.unit) || text(lineRows[0]?.values.unit) || DEFAULT_UNIT;
  const lines: FundingLine[] = [];
  for (const row of lineRows) {
    const rowUnit = text(row.values.unit);
    if (rowUnit !== '' && rowUnit !== unit) {
      findings.push(
        cellFinding('schema-invalid', 'error', sheet.name, row.cells.unit ?? sheet.at, 'Đơn vị', text(row.values.id) || undefined, {
          vi: `Trang "${sheet.name}", ô ${row.cells.unit}: đơn vị "${rowUnit}" khác đơn vị của bảng (${unit}). Hãy quy đổi số tiền về ${unit}.`,
          en: `Sheet "${sheet.name}", cell ${row.cells.unit}: the unit "${rowUnit}" differs from the table's (${unit}). Convert the amount to ${unit}.`,
        }),
      );
    }
    const line = FundingLine.safeParse({
      id: row.values.id,
      dimension: row.values.dimension,
      label: row.values.label,
      year: row.values.year,
      amount: row.values.amount,
    });
    if (line.success) {
      lines.push(line.data);
    } else if (row.ok) {
      const where = row.cells.id ?? sheet.at;
      findings.push(
        cellFinding('empty-required', 'error', sheet.name, where, 'Mã', text(row.values.id) || undefined, {
          vi: `Trang "${sheet.name}", dòng ${row.row}: mỗi dòng vốn cần có Mã, Nội dung và Số tiền. Hãy điền đủ.`,
          en: `Sheet "${sheet.name}", row ${row.row}: each funding line needs an id, a label and an amount. Fill them in.`,
        }),
      );
    }
  }
  const funding: Funding = {
    unit,
    statedTotal: typeof total?.values.amount === 'number' ? total.values.amount : null,
    lines,
    source: text(total?.values.source),
  };
  return { funding, findings };
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '');
