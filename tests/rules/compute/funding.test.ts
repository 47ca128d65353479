import type { FundingLine } from '../../../src/domain/plan';
import { computeFunding } from '../../../src/rules/compute/funding';
import { buildPlan } from './builder';

const source = (id: string, label: string, amount: number): FundingLine => ({ id, dimension: 'source', label, year: null, amount });
const year = (value: number, amount: number): FundingLine => ({
  id: `PK-${value}`,
  dimension: 'year',
  label: `Năm ${value}`,
  year: value,
  amount,
});

/** Kế hoạch Hậu Giang, mục V: 113.062,026 tỷ đồng by source and by year. */
const HAU_GIANG = [
  source('NV-1', 'Ngân sách Trung ương', 14678.262),
  source('NV-2', 'Ngân sách địa phương', 4378.264),
  source('NV-3', 'Vốn tư nhân (doanh nghiệp)', 94005.5),
  year(2025, 27419.349),
  year(2021, 2291.09),
  year(2022, 27872.994),
  year(2023, 27659.479),
  year(2024, 27819.114),
];

const fundingPlan = (statedTotal: number | null, lines: FundingLine[]) =>
  buildPlan({ funding: { unit: 'tỷ đồng', statedTotal, lines, source: 'Mục V' } });

describe('computeFunding', () => {
  it('sums the Hậu Giang funding by source and by year to the stated 113.062,026 tỷ đồng', () => {
    const result = computeFunding(fundingPlan(113062.026, HAU_GIANG));
    expect(result?.bySource.sum).toBe(113062.026);
    expect(result?.bySource.check).toEqual({ statedTotal: 113062.026, difference: 0, tolerance: 0.0005, matches: true });
    expect(result?.byYear.sum).toBe(113062.026);
    expect(result?.byYear.check?.matches).toBe(true);
  });

  it('lists the years in year order', () => {
    const result = computeFunding(fundingPlan(113062.026, HAU_GIANG));
    expect(result?.byYear.lines.map((line) => line.year)).toEqual([2021, 2022, 2023, 2024, 2025]);
    expect(result?.bySource.lines.map((line) => line.id)).toEqual(['NV-1', 'NV-2', 'NV-3']);
  });

  it('accepts parts that differ from a whole-number total by less than half a unit (60,3 + 39,4 against 100)', () => {
    const result = computeFunding(fundingPlan(100, [source('NV-1', 'A', 60.3), source('NV-2', 'B', 39.4)]));
    expect(result?.bySource.check).toEqual({ statedTotal: 100, difference: -0.3, tolerance: 0.5, matches: true });
  });

  it('reports a mismatch beyond the rounding, with the difference (sum − stated)', () => {
    const result = computeFunding(fundingPlan(113062.026, [...HAU_GIANG.slice(0, 2), source('NV-3', 'Vốn tư nhân', 94005.0), ...HAU_GIANG.slice(3)]));
    expect(result?.bySource.check).toEqual({ statedTotal: 113062.026, difference: -0.5, tolerance: 0.0005, matches: false });
    expect(result?.byYear.check?.matches).toBe(true);
  });

  it('sums without a check when the plan states no total, or a set has no lines', () => {
    const result = computeFunding(fundingPlan(null, HAU_GIANG.slice(0, 3)));
    expect(result?.bySource).toMatchObject({ sum: 113062.026, check: null });
    expect(result?.byYear).toEqual({ lines: [], sum: 0, check: null });
  });

  it('is null for a plan without a funding section', () => {
    expect(computeFunding(buildPlan())).toBeNull();
  });
});
