/**
 * Biểu mẫu — every agency's workbook for a period, kept in memory for the officer to download or
 * open in Excel. Stopping takes effect between two files.
 */
import { type WrittenWorkbook, writeAgencyWorkbooks } from '../../app/makeAgencyWorkbooks';
import type { Plan } from '../../domain/plan';
import { parsePeriod } from '../../domain/period';
import { assignPlanRows } from '../../layout/assignments';
import { createXlsx } from '../../workbook/xlsx/xlsxWorkbook';
import { bundledLayouts } from '../../layout/bundled';
import { PaneError } from '../jobs/describeError';
import type { JobControl } from '../jobs/job';

export interface AgencyFile extends WrittenWorkbook {
  readonly data: ArrayBuffer;
}

export interface AgencyFiles {
  readonly files: readonly AgencyFile[];
  /** Rows no agency receives (the plan names no focal point), by kind. */
  readonly unassigned: { readonly tasks: number; readonly projects: number; readonly targets: number };
}

export async function makeAgencyFiles(plan: Plan, periodId: string, now: Date, control: JobControl): Promise<AgencyFiles> {
  const period = parsePeriod(periodId);
  if (!period.ok) throw new PaneError(period.reason_vi, period.reason_en);
  const total = assignPlanRows(plan, period.value).assignments.length;
  const data = new Map<string, ArrayBuffer>();
  control.progress(0, total);
  const { written, unassigned } = await writeAgencyWorkbooks(
    plan,
    period.value,
    bundledLayouts(),
    {
      createFile: () => createXlsx(),
      save: async (fileName, bytes) => {
        control.signal.throwIfAborted();
        data.set(fileName, bytes);
        control.progress(data.size, total);
      },
    },
    { generatedAt: now.toISOString() },
  );
  const files = written.map((file) => {
    const bytes = data.get(file.fileName);
    if (bytes === undefined) throw new Error(`${file.fileName} was written but not saved`);
    return { ...file, data: bytes };
  });
  return {
    files,
    unassigned: { tasks: unassigned.tasks.length, projects: unassigned.projects.length, targets: unassigned.targets.length },
  };
}
