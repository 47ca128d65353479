import { targetsSheet } from '../../../src/layout/report/targets';
import { kg40Tables, layouts, reportContext } from './fixtures';
import { rowValues, rowWith, rowsWith, sheetRows } from './sheetCells';

const { targets } = kg40Tables();
const spec = targetsSheet(targets, reportContext(), layouts().targets.comparisons);
const header = rowWith(spec, 1, 'STT');

describe('targetsSheet', () => {
  it('is the sheet "Tiến độ chỉ tiêu", a column per year of figures', () => {
    expect(spec.name).toBe('Tiến độ chỉ tiêu');
    expect(rowValues(spec, header).slice(7, 9)).toEqual(['Thực hiện năm 2021', 'Thực hiện năm 2022']);
  });

  it('gives a growth target its base, figures, achieved and required growth, projection and status', () => {
    const row = rowValues(spec, header + 2);
    const growth = targets.rows[0]?.growth;
    expect(row).toEqual([
      1,
      'Giá trị sản xuất ngành công nghiệp',
      '%/năm',
      '8',
      2025,
      2021,
      29500,
      29500,
      32100,
      targets.rows[0]?.percentOfPlan,
      growth?.targetValue,
      targets.rows[0]?.percentOfReference,
      growth?.achievedGrowth,
      growth?.requiredGrowth,
      growth?.projectedValue,
      'Đạt tiến độ',
    ]);
  });

  it('writes the status rule under the table, in Vietnamese and in English, across the table', () => {
    const rule = rowsWith(spec, 1, targets.rule_vi);
    expect(rule).toHaveLength(1);
    expect(rowsWith(spec, 1, targets.rule_en)).toHaveLength(1);
    expect(rowsWith(spec, 1, 'Cách đánh giá')).toEqual([(rule[0] as number) - 1]);
    const block = spec.blocks[0];
    const width = sheetRows(spec)[header - 1]?.length ?? 0;
    expect(block?.kind === 'cells' && block.merges).toContain(`A${rule[0]}:${String.fromCharCode(64 + width)}${rule[0]}`);
  });
});
