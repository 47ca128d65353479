import ExcelJS from 'exceljs';
import { writeAgencyWorkbooks } from '../../src/app/makeAgencyWorkbooks';
import { parsePeriod } from '../../src/domain/period';
import { agencyPlanRows } from '../../src/layout/agencyWorkbook';
import { canonicalJson, sha256Hex } from '../../src/layout/hash';
import { readAgencyMeta } from '../../src/layout/meta';
import { createXlsx, openXlsx } from '../../src/workbook/xlsx/xlsxWorkbook';
import { samplePlan, shippedLayouts } from '../layout/fixtures';

const layouts = shippedLayouts();

async function writeAll(periodId: string) {
  const period = parsePeriod(periodId);
  if (!period.ok) throw new Error(period.reason_en);
  const files = new Map<string, ArrayBuffer>();
  const result = await writeAgencyWorkbooks(
    samplePlan(),
    period.value,
    layouts,
    { createFile: () => createXlsx(), save: async (name, data) => void files.set(name, data) },
    { generatedAt: '2025-11-01T08:00:00.000Z' },
  );
  return { ...result, files };
}

describe('writeAgencyWorkbooks', () => {
  it('saves one .xlsx file per agency under its ASCII name', async () => {
    const { written, files } = await writeAll('2025');
    expect(written.map((w) => w.fileName)).toEqual(['2025_SCT.xlsx', '2025_STC.xlsx', '2025_BQL-KKT.xlsx']);
    expect([...files.keys()]).toEqual(written.map((w) => w.fileName));
  });

  it('writes files whose sheets, tables and _meta read back as made', async () => {
    const { files } = await writeAll('2025');
    const workbook = await openXlsx(files.get('2025_STC.xlsx') ?? new ArrayBuffer(0));
    expect(await workbook.listSheets()).toEqual(
      expect.arrayContaining([
        { name: 'Hướng dẫn', state: 'visible' },
        { name: 'Nhiệm vụ', state: 'visible' },
        { name: '_meta', state: 'veryHidden' },
      ]),
    );
    const meta = readAgencyMeta(await workbook.readSheet('_meta'));
    expect(meta.ok && meta.value).toMatchObject({ planId: 'kg-test', agencyId: 'kg.stc', period: '2025', templateVersion: '1.0' });
    const { NhiemVu: tasks } = await workbook.readTables(['NhiemVu']);
    expect(tasks?.headers.slice(0, 5)).toEqual(['Mã', 'Nội dung nhiệm vụ', 'Vai trò', 'Thời gian thực hiện', 'Tình trạng']);
    expect(tasks?.rows.map((row) => row[2])).toEqual(['Chủ trì (theo kế hoạch: Sở Kế hoạch và Đầu tư)']);
    // The hash in _meta can be recomputed from the plan cells of the returned file.
    const planRows = agencyPlanRows({ tasks: tasks?.rows ?? [], projects: [], targets: [] }, layouts);
    expect(meta.ok && meta.value.planHash).toBe(await sha256Hex(canonicalJson(planRows)));
  });

  it('protects the data sheets and leaves only the answer cells open, with their checks', async () => {
    const { files } = await writeAll('2022');
    const data = files.get('2022_SCT.xlsx') ?? new ArrayBuffer(0);
    expect((await (await openXlsx(data)).readSheet('Dự án'))?.protected).toBe(true);
    // The port reads no style of an empty cell, so the file itself is opened to look at one.
    const excel = new ExcelJS.Workbook();
    await excel.xlsx.load(data);
    const row = excel.getWorksheet('Dự án')?.getRow(4);
    const cell = (column: number) => row?.getCell(column);
    expect(cell(1)?.value).toBe('DA-02');
    expect(cell(1)?.protection?.locked ?? true).toBe(true);
    expect(cell(5)?.protection?.locked).toBe(false);
    expect(cell(5)?.dataValidation?.type).toBe('list');
    expect(cell(6)?.dataValidation).toMatchObject({ type: 'decimal', operator: 'between' });
  });
});
