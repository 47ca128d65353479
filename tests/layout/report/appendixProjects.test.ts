import { projectAppendix } from '../../../src/layout/report/appendixProjects';
import type { SheetSpec } from '../../../src/workbook/port';
import { appendixContext, kg40Reports, kg40Tables, layouts } from './fixtures';
import { cellAt, rowValues, rowWith, valueAt } from './sheetCells';

const layout = layouts().projects;
const spec: SheetSpec = projectAppendix({ reports: kg40Reports(), investment: kg40Tables().investment }, appendixContext(), layout);
const header = rowWith(spec, 1, 'TT');
const total = rowWith(spec, 2, 'Tổng cộng');
const rowOf = (name: string): number => rowWith(spec, 2, name);

describe('projectAppendix', () => {
  it('is Phụ lục II with the columns of the form', () => {
    expect(rowWith(spec, 1, 'Phụ lục II')).toBeLessThan(header);
    expect(rowValues(spec, header)).toEqual([
      'TT',
      'Tên dự án',
      'Chủ đầu tư',
      'Địa điểm',
      'Tổng vốn đầu tư (tỷ đồng)',
      'Tiến độ',
      'Vốn đã giải ngân lũy kế (tỷ đồng)',
      'Tỷ lệ giải ngân',
      'Thời gian hoàn thành dự kiến',
      'Ghi chú',
    ]);
    expect(spec.print?.repeatRows).toEqual({ from: header, to: header });
  });

  it('lists the 25 projects of the plan, numbered 1 to 25, then the total row', () => {
    expect(total).toBe(header + 26);
    expect(valueAt(spec, `A${header + 1}`)).toBe(1);
    expect(valueAt(spec, `A${total - 1}`)).toBe(25);
  });

  it('sums capital and disbursement over exactly the project rows, by formula', () => {
    expect(valueAt(spec, `E${total}`)).toEqual({ formula: `SUM(E${header + 1}:E${total - 1})` });
    expect(valueAt(spec, `G${total}`)).toEqual({ formula: `SUM(G${header + 1}:G${total - 1})` });
    expect(valueAt(spec, `H${total}`)).toEqual({ formula: `IF(N(E${total})=0,"",G${total}/E${total})` });
    expect(cellAt(spec, `E${total}`)?.style).toMatchObject({ bold: true, numberFormat: '#,##0.00' });
  });

  it('keeps numbers as numbers, with the layout’s format codes', () => {
    const row = rowOf('Đầu tư dây chuyền 2 của nhà máy xi măng INSEE');
    expect(cellAt(spec, `E${row}`)).toMatchObject({ value: 7100, style: { numberFormat: '#,##0.00', horizontal: 'right' } });
    expect(cellAt(spec, `G${row}`)).toMatchObject({ value: 7100, style: { numberFormat: '#,##0.00' } });
    expect(cellAt(spec, `H${row}`)).toMatchObject({ value: { formula: `G${row}/E${row}` }, style: { numberFormat: '0.0%' } });
    expect(cellAt(spec, `I${row}`)).toMatchObject({ value: 2022, style: { numberFormat: '0' } });
  });

  it('writes the reported progress in words, the reported completion year, and the agency’s note', () => {
    expect(rowValues(spec, rowOf('Đầu tư dây chuyền 2 của nhà máy xi măng INSEE')).slice(5)).toEqual([
      'Hoàn thành, đi vào hoạt động',
      7100,
      { formula: `G${rowOf('Đầu tư dây chuyền 2 của nhà máy xi măng INSEE')}/E${rowOf('Đầu tư dây chuyền 2 của nhà máy xi măng INSEE')}` },
      2022,
      'Đã vận hành thương mại từ tháng 10/2022.',
    ]);
    const vicem = rowOf('Đầu tư mở rộng dây chuyền sản xuất xi măng VICEM');
    expect(valueAt(spec, `I${vicem}`)).toBe(2023);
  });

  it('leaves the rate empty when a project reported no disbursement, and says it has not reported', () => {
    const row = rowOf('Nhà máy sản xuất thức ăn thủy sản và gia cầm');
    expect(rowValues(spec, row).slice(5, 8)).toEqual(['Chưa báo cáo', null, null]);
  });

  it('notes the projects past their planned completion year', () => {
    expect(valueAt(spec, `J${rowOf('Đầu tư nhà máy sản xuất ống nhựa, thiết bị điện')}`)).toBe('Chậm so với kế hoạch (hoàn thành năm 2021)');
  });
});
