import type { Target } from '../../../src/domain/plan';
import type { TargetReport } from '../../../src/domain/report';
import { computeTargetProgress, judge, TARGET_RULE_EN, TARGET_RULE_VI } from '../../../src/rules/compute/targetProgress';
import { buildPlan, ref, reports, submission, target, targetReport } from './builder';

const focalPlan = (targets: Target[]) =>
  buildPlan({
    document: {
      ...buildPlan().document,
      reporting: [
        { from: [], to: ref('kg.ubnd'), due: '15/12 hàng năm', text: '' },
        { from: [], to: ref('kg.sct'), due: '15/11 hàng năm', text: '' },
      ],
    },
    targets,
  });

const rowOf = (targets: Target[], rows: TargetReport[], asOf = '2023-01-15') =>
  computeTargetProgress(focalPlan(targets), reports({ targets: rows }), { asOf }).rows[0];

/** Growth 8 %/năm from a level of 100 in 2020 to 2025: 100 × 1,08^5 = 146,93280768 required. */
const growth = target({ id: 'CT-01', kind: 'average-growth', value: 8, unit: '%/năm', baselineValue: 100, baselineYear: 2020, targetYear: 2025 });
const actual = (year: number, value: number, extra: Partial<TargetReport> = {}) =>
  targetReport({ targetId: 'CT-01', period: String(year), actual: value, ...extra });

describe('computeTargetProgress', () => {
  it('carries its rule in both languages', () => {
    const result = computeTargetProgress(focalPlan([growth]), reports(), { asOf: '2023-01-15' });
    expect([result.rule_vi, result.rule_en]).toEqual([TARGET_RULE_VI, TARGET_RULE_EN]);
    expect(result.rule_vi).toContain('10%');
  });

  describe('an average-growth target', () => {
    it('computes achieved growth, required growth and the trend value by hand: 100 → 112,36 in two years is 6 %/năm', () => {
      const row = rowOf([growth], [actual(2021, 105), actual(2022, 112.36)]);
      expect(row?.latestYear).toBe(2022);
      expect(row?.growth?.baseFrom).toBe('baseline');
      expect(row?.growth?.planGrowth).toBe(0.08);
      expect(row?.growth?.achievedGrowth).toBeCloseTo(0.06, 12);
      expect(row?.growth?.targetValue).toBeCloseTo(146.93280768, 8);
      // (146,93280768 / 112,36)^(1/3) − 1 = 1,30770…^(1/3) − 1 ≈ 9,354 %
      expect(row?.growth?.requiredGrowth).toBeCloseTo(0.09354, 5);
      // 112,36 × 1,06^3 = 100 × 1,06^5
      expect(row?.growth?.projectedValue).toBeCloseTo(133.822558, 6);
      expect(row?.percentOfPlan).toBeCloseTo(0.75, 12);
      expect(row?.percentOfReference).toBeCloseTo(133.822558 / 146.93280768, 7);
    });

    it('is at risk when the trend reaches within 10 % of the required value (91 %)', () => {
      expect(rowOf([growth], [actual(2022, 112.36)])?.status).toBe('at-risk');
    });

    it('is on track when the achieved growth equals the planned one', () => {
      expect(rowOf([growth], [actual(2022, 116.64)])?.status).toBe('on-track');
    });

    it('is off track when the trend falls short by more than 10 % (3 %/năm reaches 115,93 of 146,93)', () => {
      const row = rowOf([growth], [actual(2022, 106.09)]);
      expect(row?.growth?.projectedValue).toBeCloseTo(115.927407, 6);
      expect(row?.status).toBe('off-track');
    });

    it('grows from the first reported year without a baseline', () => {
      const noBaseline = { ...growth, baselineValue: null, baselineYear: null, value: 10 };
      const row = rowOf([noBaseline], [actual(2021, 200), actual(2023, 242)], '2024-01-10');
      expect(row?.growth).toMatchObject({ baseYear: 2021, baseValue: 200, baseFrom: 'first-actual' });
      expect(row?.growth?.achievedGrowth).toBeCloseTo(0.1, 12);
      expect(row?.growth?.targetValue).toBeCloseTo(292.82, 9);
      expect(row?.status).toBe('on-track');
    });

    it('takes the year before the start year as the base year when the baseline year is not stated', () => {
      const row = rowOf([{ ...growth, baselineYear: null, startYear: 2021 }], [actual(2022, 116.64)]);
      expect(row?.growth?.baseYear).toBe(2020);
    });

    it('has no data with one figure and no baseline, never NaN', () => {
      const row = rowOf([{ ...growth, baselineValue: null }], [actual(2022, 120)]);
      expect(row?.growth).toMatchObject({ achievedGrowth: null, projectedValue: null });
      expect(row?.percentOfPlan).toBeNull();
      expect(row?.status).toBe('no-data');
    });

    it('has no value for a base of zero', () => {
      const row = rowOf([{ ...growth, baselineValue: 0 }], [actual(2022, 120)]);
      expect(row?.growth?.achievedGrowth).toBeNull();
      expect(row?.status).toBe('no-data');
    });

    it('needs no more growth once the target year is reached', () => {
      const row = rowOf([growth], [actual(2025, 150)], '2026-01-10');
      expect(row?.growth?.requiredGrowth).toBeNull();
      expect(row?.growth?.projectedValue).toBe(150);
      expect(row?.status).toBe('on-track');
    });

    it('judges a range by its lower bound and keeps the upper one', () => {
      const range = { ...growth, comparison: 'range' as const, value: 8, valueMax: 8.5 };
      const row = rowOf([range], [actual(2022, 116.64)]);
      expect(row?.growth).toMatchObject({ planGrowth: 0.08, planGrowthMax: 0.085 });
      expect(row?.status).toBe('on-track');
    });
  });

  describe('a level or share target', () => {
    /** Cơ cấu công nghiệp từ 20,24 % (2020) lên 25,29 % (2025): 22,26 % on the line in 2022. */
    const share = target({ id: 'CT-01', kind: 'share', value: 25.29, baselineValue: 20.24, baselineYear: 2020, targetYear: 2025 });

    it('compares the latest actual with the straight line from the baseline', () => {
      const row = rowOf([share], [actual(2022, 22.3)]);
      expect(row?.reference).toBeCloseTo(22.26, 12);
      expect(row?.percentOfPlan).toBeCloseTo(22.3 / 25.29, 12);
      expect(row?.status).toBe('on-track');
    });

    it('is at risk within 10 % below the line, off track beyond', () => {
      expect(rowOf([share], [actual(2022, 22)])?.status).toBe('at-risk');
      expect(rowOf([share], [actual(2022, 19)])?.status).toBe('off-track');
    });

    it('compares with the planned value itself without a baseline', () => {
      const above = target({ id: 'CT-01', kind: 'share', comparison: '>', value: 15, targetYear: 2025 });
      const row = rowOf([above], [actual(2022, 14)]);
      expect(row?.reference).toBe(15);
      expect(row?.status).toBe('at-risk');
    });

    it('has no data before anything is reported', () => {
      expect(rowOf([share], [])).toMatchObject({ status: 'no-data', latestValue: null, percentOfPlan: null, reference: null });
    });

    it('ignores years after the target year for the judgment, but lists them', () => {
      const row = rowOf([share], [actual(2025, 26), actual(2026, 10)], '2027-01-10');
      expect(row?.actuals.map((a) => a.year)).toEqual([2025, 2026]);
      expect([row?.latestYear, row?.status]).toEqual([2025, 'on-track']);
    });
  });

  describe('the figure of a year', () => {
    it("takes the focal point's figure over another agency's later one", () => {
      const row = rowOf(
        [growth],
        [actual(2022, 110, { agencyId: 'kg.sct', submissionId: 'a' }), actual(2022, 130, { agencyId: 'kg.stnmt', submissionId: 'b' })],
      );
      expect(row?.actuals).toEqual([{ year: 2022, period: '2022', value: 110, agencyId: 'kg.sct', submissionId: 'a' }]);
    });

    it('takes the later submission among other agencies', () => {
      const plan = focalPlan([growth]);
      const result = computeTargetProgress(
        plan,
        reports({
          targets: [actual(2022, 130, { agencyId: 'kg.stnmt', submissionId: 'b' }), actual(2022, 120, { agencyId: 'kg.stc', submissionId: 'a' })],
          submissions: [submission({ id: 'a' }), submission({ id: 'b' })],
        }),
        { asOf: '2023-01-15' },
      );
      expect(result.rows[0]?.actuals.map((a) => a.value)).toEqual([130]);
    });

    it("takes a focal point option, and the focal point's successor counts as it", () => {
      const rows = [actual(2025, 110, { agencyId: 'kg.stc' }), actual(2025, 130, { agencyId: 'kg.sct' })];
      const result = computeTargetProgress(focalPlan([growth]), reports({ targets: rows }), { asOf: '2025-12-20', focalAgencyId: 'kg.skhdt' });
      expect(result.rows[0]?.actuals.map((a) => a.value)).toEqual([110]);
    });

    it('takes the full year over a part of it, and the latest part otherwise', () => {
      const row = rowOf(
        [growth],
        [actual(2022, 50, { period: '2022-H1' }), actual(2022, 112, { period: '2022' }), actual(2021, 60, { period: '2021-Q3' }), actual(2021, 40, { period: '2021-H1' })],
      );
      expect(row?.actuals.map((a) => [a.year, a.period, a.value])).toEqual([
        [2021, '2021-Q3', 60],
        [2022, '2022', 112],
      ]);
    });

    it('leaves out empty figures and years after asOf', () => {
      const row = rowOf([growth], [actual(2022, 112), targetReport({ targetId: 'CT-01', period: '2021', actual: null }), actual(2024, 130)]);
      expect(row?.actuals.map((a) => a.year)).toEqual([2022]);
    });
  });
});

describe('judge', () => {
  it('reads ">" and ">=" as reaching the required value', () => {
    expect(judge(15, 15, '>')).toBe('on-track');
    expect(judge(13.5, 15, '>=')).toBe('at-risk');
    expect(judge(13.4, 15, '>=')).toBe('off-track');
  });

  it('reads "=" as reaching the value (a count of 3 centres is met by 3 or more)', () => {
    expect(judge(3, 3, '=')).toBe('on-track');
    expect(judge(4, 3, '=')).toBe('on-track');
    expect(judge(2, 3, '=')).toBe('off-track');
  });

  it('reads "<" and "<=" as not exceeding it', () => {
    expect(judge(95, 100, '<=')).toBe('on-track');
    expect(judge(105, 100, '<')).toBe('at-risk');
    expect(judge(120, 100, '<=')).toBe('off-track');
  });

  it('reads "~" as met within 5 %', () => {
    expect(judge(7.7, 8, '~')).toBe('on-track');
    expect(judge(7.5, 8, '~')).toBe('at-risk');
    expect(judge(7, 8, '~')).toBe('off-track');
  });
});
