import { investmentSheet } from '../../../src/layout/report/investment';
import { kg40Tables, reportContext } from './fixtures';
import { cellAt, rowValues, rowWith, rowsWith, valueAt } from './sheetCells';

const { investment } = kg40Tables();
const spec = investmentSheet(investment, reportContext());

describe('investmentSheet', () => {
  it('is the sheet "Đầu tư"', () => expect(spec.name).toBe('Đầu tư'));

  it('works the disbursement rate out of the two amounts above it, by formula', () => {
    const priced = rowWith(spec, 2, 'Tổng vốn đầu tư của các dự án đã báo cáo giải ngân (có tổng vốn)');
    const disbursed = rowWith(spec, 2, 'Vốn đã giải ngân của các dự án đó');
    const rate = rowWith(spec, 2, 'Tỷ lệ giải ngân (vốn đã giải ngân / tổng vốn đầu tư của các dự án đó)');
    expect(valueAt(spec, `C${priced}`)).toBe(investment.disbursement.investmentOfPriced);
    expect(valueAt(spec, `C${disbursed}`)).toBe(investment.disbursement.disbursedOfPriced);
    expect(cellAt(spec, `C${rate}`)).toMatchObject({
      value: { formula: `IF(N(C${priced})=0,"",C${disbursed}/C${priced})` },
      style: { numberFormat: '0.0%' },
    });
    expect(cellAt(spec, `C${rowWith(spec, 2, 'Số dự án trong danh mục')}`)).toMatchObject({ value: 25, style: { numberFormat: '#,##0' } });
  });

  it('has a table per dimension, its label column named after it, each with a total row summing its groups', () => {
    const header = rowWith(spec, 2, 'Tiến độ');
    const totals = rowsWith(spec, 2, 'Tổng cộng');
    const total = totals.find((row) => row > header) as number;
    expect(rowValues(spec, header + 2).slice(1, 4)).toEqual(['Chuẩn bị đầu tư', 1, 96.71]);
    expect(total - (header + 2)).toBe(investment.byProgress.length);
    for (const column of ['C', 'D', 'E']) expect(valueAt(spec, `${column}${total}`)).toEqual({ formula: `SUM(${column}${header + 2}:${column}${total - 1})` });
    for (const label of ['Địa điểm', 'Khu, cụm công nghiệp', 'Năm hoàn thành dự kiến', 'Ngành, lĩnh vực']) expect(rowsWith(spec, 2, label)).toHaveLength(1);
  });

  it('lists the projects past their planned completion year, with their capital summed', () => {
    const header = rowWith(spec, 2, 'Tên dự án');
    expect(rowValues(spec, header + 2).slice(1, 7)).toEqual([
      'Đầu tư xây dựng nhà máy sản xuất, gia công đế giày dép Tae Sung Rạch Giá',
      116,
      50,
      2021,
      2023,
      'Đang xây dựng',
    ]);
    const total = header + 2 + investment.pastCompletion.length;
    expect(valueAt(spec, `B${total}`)).toBe('Tổng cộng');
    expect(valueAt(spec, `C${total}`)).toEqual({ formula: `SUM(C${header + 2}:C${total - 1})` });
  });

  it('sets the stated figures against the project list, the difference and the verdict by formula', () => {
    const count = rowWith(spec, 2, 'Số dự án đầu tư được hỗ trợ đẩy nhanh tiến độ triển khai');
    expect(rowValues(spec, count).slice(2)).toEqual([
      26,
      25,
      { formula: `D${count}-C${count}` },
      0.5,
      { formula: `IF(ABS(E${count})<=F${count},"Khớp","Không khớp")` },
      'dự án',
    ]);
    expect(cellAt(spec, `C${count}`)?.style).toMatchObject({ numberFormat: '#,##0' });
    const capital = rowWith(spec, 2, 'Tổng vốn dự kiến của các dự án');
    expect(cellAt(spec, `C${capital}`)).toMatchObject({ value: 85249, style: { numberFormat: '#,##0.00' } });
  });
});
