import { parsePeriod, type Period } from '../../src/domain/period';
import { type AgencyWorkbook, agencyPlanRows, makeAgencyWorkbooks } from '../../src/layout/agencyWorkbook';
import { canonicalJson, sha256Hex } from '../../src/layout/hash';
import type { Block, SheetSpec, StyledCell, TableSpec } from '../../src/workbook/port';
import { samplePlan, samplePlanInput, shippedLayouts } from './fixtures';
import { Plan } from '../../src/domain/plan';

const layouts = shippedLayouts();
const period = (id: string): Period => {
  const result = parsePeriod(id);
  if (!result.ok) throw new Error(result.reason_en);
  return result.value;
};
const options = { generatedAt: '2022-11-01T08:00:00.000Z' };

const workbookOf = async (agencyId: string, periodId = '2022', plan = samplePlan()): Promise<AgencyWorkbook> => {
  const { workbooks } = await makeAgencyWorkbooks(plan, period(periodId), layouts, options);
  const workbook = workbooks.find((candidate) => candidate.agencyId === agencyId);
  if (workbook === undefined) throw new Error(`no workbook for ${agencyId}`);
  return workbook;
};
const sheet = (workbook: AgencyWorkbook, name: string): SheetSpec => {
  const found = workbook.sheets.find((candidate) => candidate.name === name);
  if (found === undefined) throw new Error(`no sheet ${name}`);
  return found;
};
const tableOf = (spec: SheetSpec): TableSpec => {
  const block = spec.blocks.find((candidate): candidate is Extract<Block, { kind: 'table' }> => candidate.kind === 'table');
  if (block === undefined) throw new Error('no table');
  return block.table;
};
const textOf = (spec: SheetSpec): string =>
  spec.blocks
    .flatMap((block) => (block.kind === 'cells' ? block.rows.flat() : []))
    .filter((cell): cell is StyledCell => cell !== null)
    .map((cell) => String(cell.value))
    .join('\n');

describe('makeAgencyWorkbooks', () => {
  it('makes one workbook per agency with rows, named <period>_<short name>.xlsx', async () => {
    const { workbooks } = await makeAgencyWorkbooks(samplePlan(), period('2022'), layouts, options);
    expect(workbooks.map((w) => [w.agencyId, w.fileName])).toEqual([
      ['kg.sct', '2022_SCT.xlsx'],
      ['kg.skhdt', '2022_So-KHDT.xlsx'],
      ['kg.stc', '2022_STC.xlsx'],
      ['kg.bqlkkt', '2022_BQL-KKT.xlsx'],
    ]);
  });

  it('holds only the sheets that apply, then the hidden _meta', async () => {
    expect((await workbookOf('kg.sct')).sheets.map((s) => s.name)).toEqual(['Hướng dẫn', 'Nhiệm vụ', 'Dự án', 'Chỉ tiêu', '_meta']);
    expect((await workbookOf('kg.bqlkkt')).sheets.map((s) => s.name)).toEqual(['Hướng dẫn', 'Dự án', '_meta']);
    const meta = sheet(await workbookOf('kg.stc'), '_meta');
    expect(meta.state).toBe('veryHidden');
  });

  it('locks the plan columns and opens the answer columns with drop-downs and input checks', async () => {
    const tasks = sheet(await workbookOf('kg.sct'), 'Nhiệm vụ');
    expect(tasks.protect).toBe(true);
    const table = tableOf(tasks);
    const byHeader = Object.fromEntries(table.columns.map((column) => [column.header, column]));
    expect(byHeader['Mã'].style?.locked).toBe(true);
    expect(byHeader['Nội dung nhiệm vụ'].style?.locked).toBe(true);
    expect(byHeader['Tình trạng'].style?.locked).toBe(false);
    expect(byHeader['Tình trạng'].validation).toEqual({
      type: 'list',
      values: ['Chưa triển khai', 'Đang triển khai', 'Hoàn thành', 'Không thực hiện'],
    });
    expect(byHeader['Tỷ lệ hoàn thành (%)'].validation).toEqual({ type: 'decimal', min: 0, max: 100 });
    expect(byHeader['Ngày hoàn thành'].validation).toMatchObject({ type: 'date' });
    expect(byHeader['Ngày hoàn thành'].style?.numberFormat).toBe('dd/mm/yyyy');
    expect(byHeader['Mã'].validation).toBeUndefined();
    const projects = Object.fromEntries(tableOf(sheet(await workbookOf('kg.sct'), 'Dự án')).columns.map((c) => [c.header, c]));
    expect(projects['Tiến độ'].validation).toEqual({
      type: 'list',
      values: ['Chuẩn bị đầu tư', 'Đang xây dựng', 'Hoàn thành, đi vào hoạt động', 'Tạm dừng', 'Chấm dứt, thu hồi'],
    });
    expect(projects['Vốn đã giải ngân lũy kế (tỷ đồng)'].validation).toMatchObject({ type: 'decimal', min: 0 });
  });

  it('writes the plan rows with answer cells left empty', async () => {
    const table = tableOf(sheet(await workbookOf('kg.sct'), 'Nhiệm vụ'));
    expect(table.rows.map((row) => row.slice(0, 4))).toEqual([
      ['I.1', 'Tuyên truyền chủ trương phát triển công nghiệp.', 'Chủ trì', 'Hàng năm'],
      ['I.2', 'Xác định nguồn vốn đầu tư hạ tầng khu, cụm công nghiệp.', 'Phối hợp', '2022'],
      ['II.3', 'Rà soát thủ tục hành chính.', 'Chủ trì (theo kế hoạch: Các Sở, ban, ngành có liên quan)', null],
    ]);
    expect(table.rows.every((row) => row.slice(4).every((cell) => cell === null))).toBe(true);
    const targets = tableOf(sheet(await workbookOf('kg.sct'), 'Chỉ tiêu'));
    expect(targets.rows.map((row) => row[3])).toEqual(['> 15% (năm 2025)', '8–8,5%/năm (năm 2030)']);
  });

  it('marks a successor row with the name the plan used', async () => {
    const table = tableOf(sheet(await workbookOf('kg.stc', '2025'), 'Nhiệm vụ'));
    expect(table.rows.map((row) => [row[0], row[2]])).toEqual([['I.2', 'Chủ trì (theo kế hoạch: Sở Kế hoạch và Đầu tư)']]);
  });

  it('tells the agency in Vietnamese and English what to fill in, by when and for whom', async () => {
    const text = textOf(sheet(await workbookOf('kg.stc'), 'Hướng dẫn'));
    expect(text).toContain('Kế hoạch số 40/KH-UBND ngày 23/02/2022 của Ủy ban nhân dân tỉnh Kiên Giang');
    expect(text).toContain('Cơ quan báo cáo: Sở Tài chính');
    expect(text).toContain('Kỳ báo cáo: năm 2022 (số liệu từ ngày 15/12/2021 đến ngày 14/12/2022)');
    expect(text).toContain('Thời hạn gửi báo cáo: trước ngày 15/12/2022, gửi Sở Công Thương.');
    expect(text).toContain('Chưa triển khai; Đang triển khai; Hoàn thành; Không thực hiện');
    expect(text).toContain('không thay đổi cột "Mã"');
    expect(text).toContain('Do not rename sheets');
    expect(text).not.toMatch(/\{\w+\}/);
  });

  it('leaves the deadline to the focal point for a period shorter than a year', async () => {
    const text = textOf(sheet(await workbookOf('kg.sct', '2022-H1'), 'Hướng dẫn'));
    expect(text).toContain('Thời hạn gửi báo cáo: theo văn bản đề nghị của Sở Công Thương.');
    expect(text).toContain('6 tháng đầu năm 2022');
  });

  it('writes _meta: plan, agency, period, template version, time made and the hash of the plan rows', async () => {
    const workbook = await workbookOf('kg.stc');
    expect(workbook.meta).toEqual({
      planId: 'kg-test',
      agencyId: 'kg.stc',
      agencyName: 'Sở Tài chính',
      period: '2022',
      templateVersion: layouts.agency.templateVersion,
      generatedAt: options.generatedAt,
      planHash: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    const rows = { tasks: tableOf(sheet(workbook, 'Nhiệm vụ')).rows, projects: [], targets: [] };
    expect(workbook.meta.planHash).toBe(await sha256Hex(canonicalJson(agencyPlanRows(rows, layouts))));
    const cells = sheet(workbook, '_meta').blocks[0];
    expect(cells.kind === 'cells' && cells.rows.map((row) => row[0]?.value)).toEqual([
      'planId',
      'agencyId',
      'agencyName',
      'period',
      'templateVersion',
      'generatedAt',
      'planHash',
    ]);
  });

  it('changes the hash when a plan row changes, and only then', async () => {
    const before = (await workbookOf('kg.stc')).meta.planHash;
    const later = await makeAgencyWorkbooks(samplePlan(), period('2022'), layouts, { generatedAt: '2023-01-01T00:00:00Z' });
    expect(later.workbooks.find((w) => w.agencyId === 'kg.stc')?.meta.planHash).toBe(before);
    const input = samplePlanInput();
    const edited = Plan.parse({ ...input, tasks: (input.tasks ?? []).map((t) => (t.id === 'I.2' ? { ...t, content: 'Nội dung đã sửa' } : t)) });
    expect((await workbookOf('kg.stc', '2022', edited)).meta.planHash).not.toBe(before);
  });
});
