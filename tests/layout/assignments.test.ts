import { parsePeriod, type Period } from '../../src/domain/period';
import { Plan } from '../../src/domain/plan';
import { assignPlanRows, taskInPeriod } from '../../src/layout/assignments';
import { samplePlan, samplePlanInput } from './fixtures';

const period = (id: string): Period => {
  const result = parsePeriod(id);
  if (!result.ok) throw new Error(result.reason_en);
  return result.value;
};

/** agency id → [task id, role, names on behalf of] */
const taskTable = (periodId: string, plan = samplePlan()) =>
  Object.fromEntries(
    assignPlanRows(plan, period(periodId)).assignments.map((a) => [a.agency.id, a.tasks.map((t) => [t.task.id, t.role, ...t.onBehalfOf])]),
  );

describe('taskInPeriod', () => {
  const task = (timeFrame: string) => ({ ...samplePlan().tasks[0], timeFrame });
  it.each([
    ['2022', '2022', true],
    ['2021', '2022', true],
    ['2023', '2022', false],
    ['2021-2025', '2022-H1', true],
    ['2023-2025', '2022', false],
    ['Hàng năm', '2022-Q3', true],
    ['', '2022', true],
    ['Quý III/2022', '2022', true],
  ])('takes a task of time frame "%s" into period %s: %s', (timeFrame, periodId, expected) => {
    expect(taskInPeriod(task(timeFrame), period(periodId))).toBe(expected);
  });
});

describe('assignPlanRows', () => {
  it('gives each agency the tasks it leads or cooperates on, and no workbook to a group', () => {
    expect(taskTable('2022')).toEqual({
      'kg.sct': [
        ['I.1', 'lead'],
        ['I.2', 'cooperating'],
        ['II.3', 'lead', 'Các Sở, ban, ngành có liên quan'],
      ],
      'kg.skhdt': [['I.2', 'lead']],
      'kg.stc': [['I.2', 'cooperating']],
      'kg.bqlkkt': [],
    });
  });

  it('routes projects to the agency that follows them, the others and every target to the focal point', () => {
    const { assignments, focalPoint } = assignPlanRows(samplePlan(), period('2022'));
    expect(focalPoint?.id).toBe('kg.sct');
    const projects = Object.fromEntries(assignments.map((a) => [a.agency.id, a.projects.map((p) => p.id)]));
    expect(projects).toEqual({ 'kg.sct': ['DA-02'], 'kg.skhdt': [], 'kg.stc': [], 'kg.bqlkkt': ['DA-01'] });
    const targets = Object.fromEntries(assignments.map((a) => [a.agency.id, a.targets.map((t) => t.id)]));
    expect(targets['kg.sct']).toEqual(['CT-01', 'CT-02']);
    expect(targets['kg.stc']).toEqual([]);
  });

  it('after a merger gives the successor its predecessor rows, marked with the name the plan used', () => {
    expect(taskTable('2025')).toEqual({
      'kg.sct': [
        ['I.1', 'lead'],
        ['I.2', 'cooperating'],
        ['II.1', 'lead'],
        ['II.3', 'lead', 'Các Sở, ban, ngành có liên quan'],
      ],
      'kg.stc': [['I.2', 'lead', 'Sở Kế hoạch và Đầu tư']],
      'kg.bqlkkt': [['II.1', 'lead']],
    });
  });

  it('follows successions to a date other than the period end when asked', () => {
    const { assignments } = assignPlanRows(samplePlan(), period('2025'), { asOf: '2025-01-31' });
    expect(assignments.map((a) => a.agency.id)).toContain('kg.skhdt');
  });

  it('sends the abolished district level rows to its successor', () => {
    expect(taskTable('2026')['kg.ubnd-xa']).toEqual([['II.2', 'lead', 'UBND các huyện, thành phố']]);
  });

  it('returns as unassigned what needs a focal point when the plan names none', () => {
    const input = samplePlanInput();
    const plan = Plan.parse({ ...input, document: { ...input.document, reporting: [] } });
    const { unassigned, focalPoint } = assignPlanRows(plan, period('2022'));
    expect(focalPoint).toBeNull();
    expect(unassigned.tasks.map((t) => t.id)).toEqual(['II.3']);
    expect(unassigned.projects.map((p) => p.id)).toEqual(['DA-02']);
    expect(unassigned.targets.map((t) => t.id)).toEqual(['CT-01', 'CT-02']);
  });

  it('takes the focal point the officer names when the plan names none', () => {
    const input = samplePlanInput();
    const plan = Plan.parse({ ...input, document: { ...input.document, reporting: [] } });
    const { unassigned, focalPoint, assignments } = assignPlanRows(plan, period('2025'), { focalPointId: 'kg.skhdt' });
    expect(focalPoint?.id).toBe('kg.stc');
    expect(unassigned).toEqual({ tasks: [], projects: [], targets: [] });
    expect(assignments.find((a) => a.agency.id === 'kg.stc')?.targets.map((t) => t.id)).toEqual(['CT-01', 'CT-02']);
  });
});
