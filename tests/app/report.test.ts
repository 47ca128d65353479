import { defaultPeriod, writeReport } from '../../src/app/report';
import { readMaster } from '../../src/app/readMaster';
import { Reports } from '../../src/domain/report';
import { bundledLayouts } from '../../src/layout/bundled';
import { initMaster, reportSheets } from '../../src/layout/master';
import type { WorkbookFile } from '../../src/workbook/port';
import { createXlsx, openXlsx } from '../../src/workbook/xlsx/xlsxWorkbook';
import { kg40, kg40Reports } from '../layout/report/fixtures';

const REPORT_SHEETS = ['Tuân thủ', 'Đầu tư', 'Tiến độ chỉ tiêu', 'Kinh phí', 'Phụ lục nhiệm vụ', 'Phụ lục dự án', 'Phụ lục chỉ tiêu'];

/** The master of plan 40/KH-UBND with the 2022 reports consolidated, as an .xlsx file. */
async function master(reports: Reports = kg40Reports()): Promise<WorkbookFile> {
  const layouts = bundledLayouts();
  const file = createXlsx();
  await file.writeSheets(initMaster(kg40(), layouts));
  await file.writeSheets(reportSheets(reports, layouts));
  return openXlsx(await file.toArrayBuffer());
}

const sheetNames = async (file: WorkbookFile): Promise<string[]> => (await file.listSheets()).map((sheet) => sheet.name);

describe('writeReport', () => {
  it('writes the report sheets and appendices to a new workbook, for the latest period reported, as of its cut-off', async () => {
    const target = createXlsx();
    const { tables, findings } = await writeReport(await master(), target);
    expect(findings.filter((finding) => finding.severity === 'error')).toEqual([]);
    expect(tables?.period.id).toBe('2022');
    expect(tables?.asOf).toBe('2022-12-14');
    expect(tables?.compliance.overall.total).toBe(43);
    expect(tables?.investment.count).toBe(25);
    expect(tables?.targets.rows).toHaveLength(12);
    expect(tables?.funding).toBeNull();
    expect(await sheetNames(target)).toEqual(REPORT_SHEETS);
  });

  it('takes the period, the date and the report number it is given', async () => {
    const target = createXlsx();
    const { tables } = await writeReport(await master(), target, {
      period: '2022-H1',
      asOf: '2022-06-30',
      reportNumber: '88',
      reportDate: '2022-07-05',
    });
    expect(tables?.period.id).toBe('2022-H1');
    expect(tables?.asOf).toBe('2022-06-30');
    const appendix = await target.readSheet('Phụ lục nhiệm vụ');
    const texts = appendix?.rows.map((row) => row[0]?.value) ?? [];
    expect(texts).toContain('KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ CỤ THỂ 6 THÁNG ĐẦU NĂM 2022\nTHEO KẾ HOẠCH SỐ 40/KH-UBND NGÀY 23/02/2022 CỦA ỦY BAN NHÂN DÂN TỈNH KIÊN GIANG');
    expect(texts).toContain('(Kèm theo Báo cáo số 88/BC-UBND ngày 05 tháng 7 năm 2022 của Ủy ban nhân dân tỉnh Kiên Giang)');
  });

  it('writes into the master itself, leaving its plan and reports readable', async () => {
    const file = await master();
    const before = await sheetNames(file);
    await writeReport(file, file);
    const after = await sheetNames(file);
    expect(after.filter((name) => !before.includes(name))).toEqual(REPORT_SHEETS);
    expect(before.every((name) => after.includes(name))).toBe(true);
    const reread = await readMaster(await openXlsx(await file.toArrayBuffer()));
    expect(reread.plan).toEqual(kg40());
    expect(reread.reports.tasks).toEqual(kg40Reports().tasks);
  });

  it('replaces the report sheets of an earlier run instead of adding more', async () => {
    const file = await master();
    await writeReport(file, file, { period: '2022' });
    const once = await sheetNames(file);
    await writeReport(file, file, { period: '2022' });
    expect(await sheetNames(file)).toEqual(once);
  });

  it('writes nothing and says why when the period cannot be read', async () => {
    const target = createXlsx();
    const { tables, findings } = await writeReport(await master(), target, { period: '2022-H3' });
    expect(tables).toBeNull();
    expect(findings).toEqual([expect.objectContaining({ code: 'wrong-period', severity: 'error', where: '--period', found: '2022-H3' })]);
    expect(await sheetNames(target)).toEqual([]);
  });

  it('writes nothing when a date is not a real day', async () => {
    const { tables, findings } = await writeReport(await master(), createXlsx(), { asOf: '2022-02-30', reportDate: '16/12/2022' });
    expect(tables).toBeNull();
    expect(findings.map((finding) => [finding.code, finding.where])).toEqual([
      ['invalid-date', '--as-of'],
      ['invalid-date', '--date'],
    ]);
    expect(findings[0]?.message_vi).toMatch(/^Ngày "2022-02-30" không hợp lệ/);
  });

  it('writes nothing when the workbook holds no plan, passing on what is missing', async () => {
    const other = createXlsx();
    await other.writeSheets([{ name: 'Sheet1', blocks: [{ kind: 'cells', at: 'A1', rows: [[{ value: 'x' }]] }] }]);
    const target = createXlsx();
    const { tables, findings } = await writeReport(other, target);
    expect(tables).toBeNull();
    expect(findings.some((finding) => finding.code === 'missing-sheet' && finding.severity === 'error')).toBe(true);
    expect(await sheetNames(target)).toEqual([]);
  });
});

describe('defaultPeriod', () => {
  const plan = kg40();
  const reports = (periods: string[]): Reports =>
    Reports.parse({
      targets: periods.map((period) => ({ targetId: 'CT-01', agencyId: 'kg.sct', period, actual: 1, submissionId: 'x' })),
    });

  it('is the period ending last among those reported', () => {
    expect(defaultPeriod(plan, reports(['2022-Q1', '2023-H1', '2022']), '2030-01-01').id).toBe('2023-H1');
  });

  it('prefers the whole year to its second half, which ends the same day', () => {
    expect(defaultPeriod(plan, reports(['2022-H2', '2022', '2022-Q4']), '2030-01-01').id).toBe('2022');
  });

  it('is the current year of the plan when nothing has been reported, within the plan’s years', () => {
    expect(defaultPeriod(plan, Reports.parse({}), '2023-03-01').id).toBe('2023');
    expect(defaultPeriod(plan, Reports.parse({}), '2031-03-01').id).toBe('2025');
    expect(defaultPeriod(plan, Reports.parse({}), '2019-03-01').id).toBe('2021');
  });
});
