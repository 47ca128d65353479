import { parsePeriod, type Period } from '../../src/domain/period';
import { Plan } from '../../src/domain/plan';
import { documentRef, fill, periodLabel, reportDeadline } from '../../src/layout/agencyText';
import { samplePlan, samplePlanInput, shippedLayouts } from './fixtures';

const { agency, lists } = shippedLayouts();
const period = (id: string): Period => {
  const result = parsePeriod(id);
  if (!result.ok) throw new Error(result.reason_en);
  return result.value;
};

describe('periodLabel', () => {
  it.each([
    ['2022', 'năm 2022'],
    ['2022-H1', '6 tháng đầu năm 2022'],
    ['2022-H2', '6 tháng cuối năm 2022'],
    ['2022-Q3', 'quý III năm 2022'],
  ])('names %s as officials do: %s', (id, label) => {
    expect(periodLabel(agency, period(id))).toBe(label);
  });
});

describe('documentRef', () => {
  it('cites the plan by kind, number, date and issuer, leaving out what the copy lacks', () => {
    expect(documentRef(samplePlan(), lists)).toBe('Kế hoạch số 40/KH-UBND ngày 23/02/2022 của Ủy ban nhân dân tỉnh Kiên Giang');
    const input = samplePlanInput();
    const bare = Plan.parse({ ...input, document: { ...input.document, number: null, date: null } });
    expect(documentRef(bare, lists)).toBe('Kế hoạch của Ủy ban nhân dân tỉnh Kiên Giang');
  });
});

describe('reportDeadline', () => {
  it('puts the yearly reporting day in the year of a yearly period, and gives none for shorter ones', () => {
    expect(reportDeadline(samplePlan(), period('2023'))).toBe('2023-12-15');
    expect(reportDeadline(samplePlan(), period('2023-Q2'))).toBeNull();
  });
});

describe('fill', () => {
  it('replaces known placeholders and leaves unknown ones visible', () => {
    expect(fill('{a} và {b}', { a: 'Sở Công Thương' })).toBe('Sở Công Thương và {b}');
  });
});
