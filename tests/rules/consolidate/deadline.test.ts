import { Plan } from '../../../src/domain/plan';
import { periodDeadline, receivedOnTime, vietnamDay } from '../../../src/rules/consolidate/deadline';
import { samplePlan, samplePlanInput } from '../../layout/fixtures';
import { period } from '../validate/returns';

describe('periodDeadline', () => {
  it("is the plan's yearly reporting day in the period's year", () => {
    expect(periodDeadline(samplePlan(), period('2022'))).toBe('2022-12-15');
  });

  it('is the end of the data cut-off when the plan sets no reporting day', () => {
    const plan = Plan.parse({ ...samplePlanInput(), document: { ...samplePlanInput().document, reporting: [] } });
    expect(periodDeadline(plan, period('2022'))).toBe('2022-12-14');
  });

  it('is the end of the data cut-off for a period shorter than a year', () => {
    expect(periodDeadline(samplePlan(), period('2022-H1'))).toBe('2022-06-14');
    expect(periodDeadline(samplePlan(), period('2022-Q3'))).toBe('2022-09-14');
  });
});

describe('receivedOnTime', () => {
  it('counts the day in Vietnam, not in UTC', () => {
    expect(vietnamDay('2022-12-15T16:59:00.000Z')).toBe('2022-12-15');
    expect(vietnamDay('2022-12-15T17:00:00.000Z')).toBe('2022-12-16');
  });

  it('is on time up to the end of the deadline day, late after it', () => {
    expect(receivedOnTime('2022-12-15T16:59:59.000Z', '2022-12-15')).toBe(true);
    expect(receivedOnTime('2022-12-15T17:00:00.000Z', '2022-12-15')).toBe(false);
    expect(receivedOnTime('2022-12-01T08:00:00+07:00', '2022-12-15')).toBe(true);
  });

  it('says nothing of a time it cannot read', () => {
    expect(receivedOnTime('hôm qua', '2022-12-15')).toBeNull();
  });
});
