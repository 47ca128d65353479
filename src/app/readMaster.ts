/** Đọc sổ theo dõi — the plan and the reports from the master's tables, in one read. */
import { bundledLayouts } from '../layout/bundled';
import { type MasterRead, masterTableNames, readMasterTables } from '../layout/masterRead';
import type { Layouts } from '../layout/schema';
import type { WorkbookPort } from '../workbook/port';

export async function readMaster(port: WorkbookPort, layouts: Layouts = bundledLayouts()): Promise<MasterRead> {
  const tables = await port.readTables(masterTableNames(layouts.master));
  return readMasterTables(tables, layouts);
}
