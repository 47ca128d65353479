/** Opening, creating and saving the master workbook. */
import type { Plan } from '../../domain/plan';
import { initMasterWorkbook } from '../../app/initMaster';
import { createOfficeWorkbook } from '../../workbook/officejs/officeWorkbook';
import { createXlsx, openXlsx } from '../../workbook/xlsx/xlsxWorkbook';
import { bundledLayouts } from '../../layout/bundled';
import type { IsSetSupported } from '../host/detectHost';
import type { Master } from '../state/master';

export function excelMaster(isSetSupported: IsSetSupported, onDegraded: (vi: string, en: string) => void): Master {
  return { kind: 'excel', port: createOfficeWorkbook((batch) => Excel.run(batch), { isSetSupported, onDegraded }) };
}

export async function openMasterFile(fileName: string, data: ArrayBuffer): Promise<Master> {
  return { kind: 'file', port: await openXlsx(data), fileName };
}

/** Sổ mới — a master file for the plan, named after it. */
export async function newMasterFile(plan: Plan): Promise<Master> {
  const port = createXlsx();
  await initMasterWorkbook(plan, bundledLayouts(), port);
  return { kind: 'file', port, fileName: `So-theo-doi_${plan.id}.xlsx` };
}

/** Writes the plan (and empty report tables) into the master: a new plan for this workbook. */
export async function loadPlanInto(master: Master, plan: Plan): Promise<void> {
  await initMasterWorkbook(plan, bundledLayouts(), master.port);
}

/** Whether the workbook already holds a plan, which loading one would replace. */
export async function holdsPlan(master: Master): Promise<boolean> {
  const sheets = await master.port.listSheets();
  const planSheet = bundledLayouts().master.sheets.find((sheet) => sheet.entity === 'plan');
  return planSheet !== undefined && sheets.some((sheet) => sheet.name.toLowerCase() === planSheet.name.toLowerCase());
}
