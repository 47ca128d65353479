import { parsePeriod } from '../../src/domain/period';
import { Plan } from '../../src/domain/plan';
import { assignPlanRows } from '../../src/layout/assignments';
import { checkPlan } from '../../src/rules/checkPlan';
import { NATIONAL_SIZE, PROVINCIAL_SIZE, REPORT_YEARS, reportingAgencyIds, syntheticPlan } from '../../bench/syntheticPlan';

const national = syntheticPlan(NATIONAL_SIZE);

const year = (value: number) => {
  const period = parsePeriod(String(value));
  if (!period.ok) throw new Error(period.reason_en);
  return period.value;
};

describe('syntheticPlan', () => {
  it('makes a national-size plan that the Plan schema accepts', () => {
    expect(Plan.safeParse(national).success).toBe(true);
  });

  it('has 5,000 tasks in 20 groups, 500 projects and 60 targets', () => {
    expect(national.tasks).toHaveLength(5_000);
    expect(national.sections).toHaveLength(20);
    expect(new Set(national.tasks.map((task) => task.sectionId)).size).toBe(20);
    expect(national.projects).toHaveLength(500);
    expect(national.targets).toHaveLength(60);
  });

  it('names 40 reporting agencies, all in its registry with the 2025 successions', () => {
    const ids = reportingAgencyIds(NATIONAL_SIZE);
    const registry = new Set(national.agencies.map((agency) => agency.id));
    expect(new Set(ids).size).toBe(40);
    expect(ids.every((id) => registry.has(id))).toBe(true);
    expect(national.successions.length).toBeGreaterThan(0);
    expect(national.successions.every((succession) => registry.has(succession.from) && (succession.to === null || registry.has(succession.to)))).toBe(true);
  });

  it('gives each of the 40 agencies rows to report in every reporting year', () => {
    for (const reportingYear of REPORT_YEARS) {
      const { assignments } = assignPlanRows(national, year(reportingYear), {});
      expect(assignments.map((assignment) => assignment.agency.id).sort()).toEqual(reportingAgencyIds(NATIONAL_SIZE).sort());
    }
  });

  it('uses the time frames the documents use: years, spans, "Hàng năm" and none', () => {
    const frames = new Set(national.tasks.map((task) => task.timeFrame));
    for (const frame of ['2022', '2021-2025', 'Hàng năm', '']) expect(frames.has(frame)).toBe(true);
  });

  it('passes the plan checker without an error', () => {
    const errors = checkPlan(national).findings.filter((finding) => finding.severity === 'error');
    expect(errors).toEqual([]);
  });

  it('is the same plan for the same seed, and another for another seed', () => {
    expect(syntheticPlan(PROVINCIAL_SIZE, 7)).toEqual(syntheticPlan(PROVINCIAL_SIZE, 7));
    expect(syntheticPlan(PROVINCIAL_SIZE, 8).tasks).not.toEqual(syntheticPlan(PROVINCIAL_SIZE, 7).tasks);
  });

  it('makes smaller plans of the same shape', () => {
    const small = syntheticPlan({ tasks: 50, agencies: 5, projects: 5, targets: 8, sections: 5, zones: 2 });
    expect([small.tasks.length, small.projects.length, small.targets.length, small.sections.length, small.zones.length]).toEqual([50, 5, 8, 5, 2]);
  });
});
