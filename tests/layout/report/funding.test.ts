import { readFileSync } from 'fs';
import { join } from 'path';
import { computeReport } from '../../../src/app/report';
import { Plan } from '../../../src/domain/plan';
import { Reports } from '../../../src/domain/report';
import { fundingSheet } from '../../../src/layout/report/funding';
import { kg40Tables, reportContext, year2022 } from './fixtures';
import { cellAt, rowValues, rowWith, rowsWith } from './sheetCells';

const hauGiang = Plan.parse(JSON.parse(readFileSync(join(__dirname, '..', '..', '..', 'seeds', 'hg-kh-ctr-03.json'), 'utf8')));
const tables = computeReport(hauGiang, Reports.parse({}), year2022(), '2022-12-14');
const spec = fundingSheet(tables.funding, reportContext(tables, hauGiang));

describe('fundingSheet', () => {
  it('names the unit in the amount header', () => {
    expect(rowsWith(spec, 3, 'Kinh phí (tỷ đồng)')).toHaveLength(2);
  });

  it('sums the sources by formula and sets the sum against the stated total, difference and verdict by formula', () => {
    const header = rowsWith(spec, 2, 'Nội dung')[0] as number;
    const first = header + 2;
    const sum = rowsWith(spec, 2, 'Cộng')[0] as number;
    expect(sum - first).toBe(3);
    expect(rowValues(spec, first)).toEqual([1, 'Ngân sách Trung ương', 14678.262]);
    expect(cellAt(spec, `C${first}`)?.style).toMatchObject({ numberFormat: '#,##0.000' });
    expect(rowValues(spec, sum)).toEqual([null, 'Cộng', { formula: `SUM(C${first}:C${sum - 1})` }]);
    expect(rowValues(spec, sum + 1)).toEqual([null, 'Tổng kinh phí theo văn bản', 113062.026]);
    expect(rowValues(spec, sum + 2)).toEqual([null, 'Chênh lệch (cộng − tổng theo văn bản)', { formula: `C${sum}-C${sum + 1}` }]);
    expect(rowValues(spec, sum + 3)).toEqual([
      null,
      'Kết quả đối chiếu (sai số làm tròn cho phép ± 0,0005)',
      { formula: `IF(ABS(C${sum + 2})<=0.0005,"Khớp","Không khớp")` },
    ]);
  });

  it('does the same for the years', () => {
    const years = rowWith(spec, 2, 'Năm 2021');
    const sum = rowsWith(spec, 2, 'Cộng')[1] as number;
    expect(sum - years).toBe(5);
    expect(rowValues(spec, sum)[2]).toEqual({ formula: `SUM(C${years}:C${sum - 1})` });
  });

  it('says so when the plan has no funding section', () => {
    const none = fundingSheet(null, reportContext(kg40Tables()));
    expect(rowsWith(none, 1, 'Kế hoạch không có nội dung kinh phí.')).toHaveLength(1);
  });
});
