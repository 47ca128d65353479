/**
 * Biểu mẫu gốc — what each agency's workbook for a period held when it was sent: its plan rows
 * (by row id, in order), the role of each task, and the hash written to `_meta`. Built by the same
 * code that makes the workbooks (`makeAgencyWorkbooks`), so a returned file is compared with
 * exactly what was sent — as long as the plan has not changed since (`stale-template` otherwise).
 */
import type { Period } from '../../domain/period';
import type { Plan } from '../../domain/plan';
import { makeAgencyWorkbooks } from '../../layout/agencyWorkbook';
import { type AssignOptions, assignPlanRows, type TaskRole } from '../../layout/assignments';
import { AGENCY_ENTITIES, type AgencyEntity, agencyTable } from '../../layout/load';
import type { Layouts } from '../../layout/schema';
import type { CellValue } from '../../workbook/port';

export interface ExpectedRow {
  readonly id: string;
  /** Plan cells by column key, as written to the workbook. */
  readonly cells: Readonly<Record<string, CellValue>>;
}

export interface ExpectedReturn {
  readonly agencyId: string;
  readonly planHash: string;
  readonly rows: Readonly<Record<AgencyEntity, readonly ExpectedRow[]>>;
  /** Chủ trì / phối hợp, by task id. */
  readonly roles: ReadonlyMap<string, TaskRole>;
}

/**
 * The workbook an agency was sent for a period, found by the plan-rows hash its `_meta` carries;
 * null when the plan as it is now gives no workbook with that hash (the plan changed since).
 */
export type Expectations = (period: Period, agencyId: string, planHash: string) => Promise<ExpectedReturn | null>;

/**
 * `options` are those the workbooks were made with (`--as-of`, `--focal`). When no focal point is
 * given, the file's own agency is also tried as the focal point: a plan that names none is sent
 * out with one chosen by the officer, and only the hash, never a guess, decides that it was.
 * Each period's (and focal point's) workbooks are made once.
 */
export function createExpectations(plan: Plan, layouts: Layouts, options: AssignOptions = {}): Expectations {
  const cache = new Map<string, Promise<ReadonlyMap<string, ExpectedReturn>>>();
  const made = (period: Period, variant: AssignOptions) => {
    const key = `${period.id}|${variant.focalPointId ?? ''}`;
    const cached = cache.get(key) ?? expectedReturns(plan, period, layouts, variant);
    cache.set(key, cached);
    return cached;
  };
  return async (period, agencyId, planHash) => {
    const variants = options.focalPointId === undefined ? [options, { ...options, focalPointId: agencyId }] : [options];
    for (const variant of variants) {
      const expected = (await made(period, variant)).get(agencyId);
      if (expected !== undefined && expected.planHash === planHash) return expected;
    }
    return null;
  };
}

async function expectedReturns(
  plan: Plan,
  period: Period,
  layouts: Layouts,
  options: AssignOptions,
): Promise<ReadonlyMap<string, ExpectedReturn>> {
  // The workbook's generation time does not enter the hash or the rows.
  const { workbooks } = await makeAgencyWorkbooks(plan, period, layouts, { ...options, generatedAt: period.end });
  const { assignments } = assignPlanRows(plan, period, options);
  const expected = new Map<string, ExpectedReturn>();
  for (const workbook of workbooks) {
    const assignment = assignments.find((candidate) => candidate.agency.id === workbook.agencyId);
    const rows = Object.fromEntries(
      AGENCY_ENTITIES.map((entity) => {
        const sheet = agencyTable(layouts.agency, entity);
        const block = workbook.sheets
          .flatMap((spec) => spec.blocks)
          .find((candidate) => candidate.kind === 'table' && candidate.table.name === sheet.table);
        const tableRows = block?.kind === 'table' ? block.table.rows : [];
        return [
          entity,
          tableRows.map((row) => ({
            id: String(row[0] ?? ''),
            cells: Object.fromEntries(sheet.columns.map((column, index) => [column.key, row[index] ?? null])),
          })),
        ];
      }),
    ) as Record<AgencyEntity, ExpectedRow[]>;
    expected.set(workbook.agencyId, {
      agencyId: workbook.agencyId,
      planHash: workbook.meta.planHash,
      rows,
      roles: new Map((assignment?.tasks ?? []).map((assigned) => [assigned.task.id, assigned.role])),
    });
  }
  return expected;
}
