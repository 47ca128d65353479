import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { initMasterWorkbook } from '../../src/app/initMaster';
import { readMaster } from '../../src/app/readMaster';
import { hasErrors } from '../../src/domain/finding';
import { Plan } from '../../src/domain/plan';
import { Reports } from '../../src/domain/report';
import { createXlsx, openXlsx } from '../../src/workbook/xlsx/xlsxWorkbook';
import { samplePlan, shippedLayouts } from '../layout/fixtures';

const layouts = shippedLayouts();

/** Writes the master to .xlsx bytes and opens them again, as the officer's file would be. */
async function throughFile(plan: Plan) {
  const file = createXlsx();
  await initMasterWorkbook(plan, layouts, file);
  return openXlsx(await file.toArrayBuffer());
}

describe('readMaster', () => {
  it('reads back from an .xlsx file exactly the plan the master was made from', async () => {
    const read = await readMaster(await throughFile(samplePlan()), layouts);
    expect(read.findings).toEqual([]);
    expect(read.plan).toEqual(samplePlan());
    expect(read.reports).toEqual(Reports.parse({}));
  });

  const seedDir = join(__dirname, '..', '..', 'seeds');
  const seeds = readdirSync(seedDir).filter((file) => file.endsWith('.json'));
  it.each(seeds)('reads back from an .xlsx file exactly the seed %s', async (file) => {
    const plan = Plan.parse(JSON.parse(readFileSync(join(seedDir, file), 'utf8')));
    const read = await readMaster(await throughFile(plan), layouts);
    expect(read.findings.filter((finding) => finding.severity === 'error')).toEqual([]);
    expect(hasErrors(read.findings)).toBe(false);
    expect(read.plan).toEqual(plan);
  });

  it('reports every sheet of a workbook that is not a master', async () => {
    const file = createXlsx();
    await file.writeSheets([{ name: 'Sheet1', blocks: [{ kind: 'cells', at: 'A1', rows: [[{ value: 'x' }]] }] }]);
    const read = await readMaster(await openXlsx(await file.toArrayBuffer()), layouts);
    expect(read.plan).toBeNull();
    expect(read.findings.filter((f) => f.code === 'missing-sheet' && f.severity === 'error')).toHaveLength(12);
  });
});
