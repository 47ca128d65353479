import { targetAppendix } from '../../../src/layout/report/appendixTargets';
import type { SheetSpec } from '../../../src/workbook/port';
import { appendixContext, kg40, kg40Tables, layouts } from './fixtures';
import { cellAt, rowValues, rowWith, rowsWith, sheetRows, valueAt } from './sheetCells';

const spec: SheetSpec = targetAppendix({ plan: kg40(), progress: kg40Tables().targets }, appendixContext(), layouts().targets);
const header = rowWith(spec, 1, 'STT');

describe('targetAppendix', () => {
  it('is Phụ lục III, with one "Thực hiện" column per year from the plan’s first year to the cut-off', () => {
    expect(rowsWith(spec, 1, 'Phụ lục III')).toHaveLength(1);
    expect(rowValues(spec, header)).toEqual([
      'STT',
      'Chỉ tiêu',
      'Đơn vị',
      'Kế hoạch',
      'Thực hiện năm 2021',
      'Thực hiện năm 2022',
      '% kế hoạch',
      'Đánh giá',
    ]);
  });

  it('groups the targets by the year they are set for, numbered I, II, STT restarting', () => {
    const first = rowWith(spec, 2, 'Mục tiêu đến năm 2025');
    const second = rowWith(spec, 2, 'Mục tiêu đến năm 2030');
    expect([valueAt(spec, `A${first}`), valueAt(spec, `A${second}`)]).toEqual(['I', 'II']);
    expect(cellAt(spec, `A${first}`)?.style).toMatchObject({ bold: true });
    expect(Array.from({ length: second - first - 1 }, (_, i) => valueAt(spec, `A${first + 1 + i}`))).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(Array.from({ length: sheetRows(spec).length - second }, (_, i) => valueAt(spec, `A${second + 1 + i}`))).toEqual([1, 2, 3, 4]);
  });

  it('writes the plan as the document does: a range with its decimals, "Trên", "Khoảng"', () => {
    const inGroup = (group: string, offset: number): number => rowWith(spec, 2, group) + offset;
    expect(valueAt(spec, `D${inGroup('Mục tiêu đến năm 2030', 1)}`)).toBe('8,0-8,5');
    expect(valueAt(spec, `D${inGroup('Mục tiêu đến năm 2025', 2)}`)).toBe('Trên 15');
    expect(valueAt(spec, `D${inGroup('Mục tiêu đến năm 2025', 4)}`)).toBe('Khoảng 100');
  });

  it('gives each year’s figure as a number, % of plan as a percentage, and the assessment in words', () => {
    const share = rowWith(spec, 2, 'Mục tiêu đến năm 2025') + 2;
    expect(rowValues(spec, share)).toEqual([2, 'Tỷ trọng công nghiệp trong GRDP của tỉnh', '%', 'Trên 15', null, 14.2, 14.2 / 15, 'Có nguy cơ không đạt']);
    expect(cellAt(spec, `F${share}`)?.style).toMatchObject({ numberFormat: '#,##0.00' });
    expect(cellAt(spec, `G${share}`)?.style).toMatchObject({ numberFormat: '0.0%' });
  });

  it('says for a growth target the average growth achieved against the plan', () => {
    const growth = rowWith(spec, 2, 'Mục tiêu đến năm 2025') + 1;
    expect(valueAt(spec, `H${growth}`)).toBe('Đạt tiến độ; tăng bình quân đạt 8,8%/năm (kế hoạch 8%/năm)');
  });
});
