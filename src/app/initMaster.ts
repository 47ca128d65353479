/** Tạo sổ theo dõi — writes a new master workbook for a plan through the port. */
import type { Plan } from '../domain/plan';
import { initMaster } from '../layout/master';
import type { Layouts } from '../layout/schema';
import type { WorkbookPort } from '../workbook/port';

export async function initMasterWorkbook(plan: Plan, layouts: Layouts, port: WorkbookPort): Promise<void> {
  await port.writeSheets(initMaster(plan, layouts));
}
