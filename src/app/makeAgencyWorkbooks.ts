/**
 * Gửi biểu mẫu — makes every agency's workbook for a period and hands each file to `save`
 * (the CLI writes it to a folder; the task pane offers it for download).
 */
import type { Period } from '../domain/period';
import type { Plan } from '../domain/plan';
import type { Unassigned } from '../layout/assignments';
import { type AgencyWorkbookOptions, makeAgencyWorkbooks } from '../layout/agencyWorkbook';
import type { Layouts } from '../layout/schema';
import type { WorkbookFile } from '../workbook/port';

export interface AgencyWorkbookOutput {
  /** A new, empty workbook file for each agency. */
  createFile(): WorkbookFile;
  save(fileName: string, data: ArrayBuffer): Promise<void>;
}

export interface WrittenWorkbook {
  readonly agencyId: string;
  readonly agencyName: string;
  readonly fileName: string;
}

export async function writeAgencyWorkbooks(
  plan: Plan,
  period: Period,
  layouts: Layouts,
  output: AgencyWorkbookOutput,
  options: AgencyWorkbookOptions,
): Promise<{ written: WrittenWorkbook[]; unassigned: Unassigned }> {
  const { workbooks, unassigned } = await makeAgencyWorkbooks(plan, period, layouts, options);
  const written: WrittenWorkbook[] = [];
  for (const workbook of workbooks) {
    const file = output.createFile();
    await file.writeSheets(workbook.sheets);
    await output.save(workbook.fileName, await file.toArrayBuffer());
    written.push({ agencyId: workbook.agencyId, agencyName: workbook.agencyName, fileName: workbook.fileName });
  }
  return { written, unassigned };
}
