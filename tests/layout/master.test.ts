import type { Block, SheetSpec, TableSpec } from '../../src/workbook/port';
import { initMaster } from '../../src/layout/master';
import { samplePlan, shippedLayouts } from './fixtures';

const layouts = shippedLayouts();
const specs = initMaster(samplePlan(), layouts);
const tableOf = (name: string): TableSpec => {
  const block = specs
    .find((spec) => spec.name === name)
    ?.blocks.find((candidate): candidate is Extract<Block, { kind: 'table' }> => candidate.kind === 'table');
  if (block === undefined) throw new Error(`no table on ${name}`);
  return block.table;
};

describe('initMaster', () => {
  it('makes one sheet per entity of the plan, then the empty report tables', () => {
    expect(specs.map((spec: SheetSpec) => spec.name)).toEqual([
      'Kế hoạch',
      'Văn bản căn cứ',
      'Chế độ báo cáo',
      'Cơ quan',
      'Kế thừa',
      'Nhóm nhiệm vụ',
      'Nhiệm vụ',
      'Dự án',
      'Chỉ tiêu',
      'Khu cụm CN',
      'Nguồn vốn',
      'Số liệu văn bản',
      'BC nhiệm vụ',
      'BC dự án',
      'BC chỉ tiêu',
      'Sổ tiếp nhận',
      'Cách ly',
    ]);
    expect(tableOf('BC nhiệm vụ').rows).toEqual([]);
    expect(specs.every((spec) => spec.frozenRows === 1 && spec.protect === false)).toBe(true);
  });

  it('writes the plan fields as rows of label, value and field path', () => {
    const rows = tableOf('Kế hoạch').rows;
    expect(rows[0]).toEqual(['Mã kế hoạch', 'kg-test', 'id']);
    expect(rows.find((row) => row[2] === 'document.date')?.[1]).toBe('23/02/2022');
    expect(rows.find((row) => row[2] === 'document.kind')?.[1]).toBe('Kế hoạch');
  });

  it('writes agencies as the names the plan used beside their ids', () => {
    const table = tableOf('Nhiệm vụ');
    const at = (header: string) => table.columns.findIndex((column) => column.header === header);
    const row = table.rows.find((candidate) => candidate[0] === 'I.2') ?? [];
    expect(row[at('Cơ quan chủ trì')]).toBe('Sở Kế hoạch và Đầu tư');
    expect(row[at('Mã cơ quan chủ trì')]).toBe('kg.skhdt');
    expect(row[at('Cơ quan phối hợp')]).toBe('Sở Tài chính; Sở Công Thương');
    expect(row[at('Mã cơ quan phối hợp')]).toBe('kg.stc; kg.sct');
    expect(tableOf('Cơ quan').rows.find((r) => r[0] === 'kg.skhdt')?.slice(2, 4)).toEqual(['Sở KH&ĐT', 'Sở Kế hoạch - Đầu tư']);
  });

  it('writes the stated funding total first, then the lines, in one unit', () => {
    expect(tableOf('Nguồn vốn').rows).toEqual([
      [null, 'Tổng theo văn bản', null, null, 113062.026, 'tỷ đồng', 'Mục V. KINH PHÍ THỰC HIỆN'],
      ['NV-1', 'Theo nguồn vốn', 'Ngân sách Trung ương', null, 14678.262, 'tỷ đồng', null],
      ['PK-2021', 'Theo năm', 'Năm 2021', 2021, 2291.09, 'tỷ đồng', null],
    ]);
  });

  it('gives columns their format, width and drop-down from the layout', () => {
    const projects = Object.fromEntries(tableOf('Dự án').columns.map((column) => [column.header, column]));
    expect(projects['Tổng vốn đầu tư (tỷ đồng)']).toMatchObject({ width: 14, style: { numberFormat: '#,##0.00' } });
    expect(projects['Mã'].style?.numberFormat).toBe('@');
    const zones = Object.fromEntries(tableOf('Khu cụm CN').columns.map((column) => [column.header, column]));
    expect(zones['Loại'].validation).toEqual({
      type: 'list',
      values: ['Khu công nghiệp', 'Cụm công nghiệp', 'Khu kinh tế', 'Trung tâm logistics'],
    });
    const reports = Object.fromEntries(tableOf('BC nhiệm vụ').columns.map((column) => [column.header, column]));
    expect(reports['Đánh giá']).toBeDefined();
    expect(reports['Ngày hoàn thành'].style?.numberFormat).toBe('dd/mm/yyyy');
  });

  it('keeps every sheet name within Excel’s 31 characters and every table name ASCII', () => {
    for (const spec of specs) expect(spec.name.length).toBeLessThanOrEqual(31);
    for (const spec of specs) {
      for (const block of spec.blocks) if (block.kind === 'table') expect(block.table.name).toMatch(/^[A-Za-z_][A-Za-z0-9_]*$/);
    }
  });
});
