/**
 * `_meta` — the hidden sheet that says what a workbook is: the plan, the agency, the period, the
 * template version, when it was made, and the hash of the plan rows it carries. The checks of a
 * returned file start here (`not-a-template`, `wrong-plan`, `wrong-agency`, `wrong-period`,
 * `stale-template`).
 */
import { z } from 'zod';
import { Id } from '../domain/plan';
import { PeriodId } from '../domain/report';
import { Parsed, parsed, rejected } from '../domain/vn/result';
import type { SheetGrid, SheetSpec } from '../workbook/port';
import { cellText } from './cells';
import type { AgencyLayout } from './schema';

export const AgencyMeta = z.object({
  planId: Id,
  agencyId: Id,
  agencyName: z.string().min(1),
  period: PeriodId,
  templateVersion: z.string().min(1),
  /** ISO date-time the workbook was made. */
  generatedAt: z.string().min(1),
  /** sha256 (hex) of `canonicalJson` of the plan columns of every data sheet (`agencyPlanRows`). */
  planHash: z.string().regex(/^[0-9a-f]{64}$/),
});
export type AgencyMeta = z.infer<typeof AgencyMeta>;

/** One row per field: the key in column A, the value in column B. */
export function metaSheet(layout: AgencyLayout, meta: AgencyMeta): SheetSpec {
  const keys = Object.keys(AgencyMeta.shape) as (keyof AgencyMeta)[];
  return {
    name: layout.meta.name,
    state: layout.meta.state,
    protect: true,
    columnWidths: [16, 70],
    blocks: [{ kind: 'cells', at: 'A1', rows: keys.map((key) => [{ value: key }, { value: meta[key], style: { numberFormat: '@' } }]) }],
  };
}

/** The `_meta` sheet of a returned workbook; rejected when it is missing or damaged. */
export function readAgencyMeta(grid: SheetGrid | null): Parsed<AgencyMeta> {
  if (grid === null) {
    return rejected(
      'Tệp không có trang _meta: đây không phải biểu mẫu do hệ thống gửi. Hãy dùng đúng tệp đã được gửi để điền báo cáo.',
      'The file has no _meta sheet: it is not a form sent by the system. Fill in the file that was sent.',
    );
  }
  const values = Object.fromEntries(grid.rows.map((row) => [cellText(row[0]?.value), cellText(row[1]?.value)]));
  const meta = AgencyMeta.safeParse(values);
  return meta.success
    ? parsed(meta.data)
    : rejected(
        'Trang _meta của tệp đã bị sửa hoặc hỏng. Hãy dùng đúng tệp đã được gửi để điền báo cáo.',
        'The _meta sheet of the file was changed or is damaged. Fill in the file that was sent.',
      );
}
