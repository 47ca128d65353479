import { parsePeriod } from '../../src/domain/period';
import { Reports } from '../../src/domain/report';
import { assignPlanRows } from '../../src/layout/assignments';
import { PROVINCIAL_SIZE, REPORT_YEARS, syntheticPlan } from '../../bench/syntheticPlan';
import { syntheticReports } from '../../bench/syntheticReports';

const plan = syntheticPlan(PROVINCIAL_SIZE);
const reports = syntheticReports(plan);

describe('syntheticReports', () => {
  it('is what a master holds: the Reports schema accepts it', () => {
    expect(Reports.safeParse(reports).success).toBe(true);
  });

  it('has one accepted submission per agency and reporting year', () => {
    expect(new Set(reports.submissions.map((submission) => submission.period))).toEqual(new Set(REPORT_YEARS.map(String)));
    expect(reports.submissions).toHaveLength(REPORT_YEARS.length * PROVINCIAL_SIZE.agencies);
    expect(reports.submissions.every((submission) => submission.outcome === 'accepted')).toBe(true);
  });

  it('answers exactly the rows each agency’s workbook asks for', () => {
    const period = parsePeriod('2022');
    if (!period.ok) throw new Error(period.reason_en);
    const asked = assignPlanRows(plan, period.value, {}).assignments.reduce((sum, assignment) => sum + assignment.tasks.length, 0);
    expect(reports.tasks.filter((row) => row.period === '2022')).toHaveLength(asked);
  });

  it('keeps a task done in a later year, on the same day', () => {
    const doneIn2021 = reports.tasks.filter((row) => row.period === '2021' && row.status === 'done');
    const later = new Map(reports.tasks.filter((row) => row.period === '2024').map((row) => [`${row.taskId}|${row.agencyId}`, row]));
    expect(doneIn2021.length).toBeGreaterThan(0);
    for (const row of doneIn2021) {
      const again = later.get(`${row.taskId}|${row.agencyId}`);
      if (again !== undefined) expect([again.status, again.completedOn]).toEqual(['done', row.completedOn]);
    }
  });

  it('reports every target once a year', () => {
    expect(reports.targets).toHaveLength(REPORT_YEARS.length * PROVINCIAL_SIZE.targets);
  });
});
