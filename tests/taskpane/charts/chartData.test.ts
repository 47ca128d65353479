import type { AgencyComplianceRow, StatusCounts, TextGroupRow } from '../../../src/rules/compute';
import { chartMaximum, complianceChart, investmentChart } from '../../../src/taskpane/charts/chartData';

const counts = (partial: Partial<StatusCounts>): StatusCounts => ({
  'done-on-time': 0,
  'done-late': 0,
  'in-progress-on-schedule': 0,
  'in-progress-behind': 0,
  overdue: 0,
  'not-yet-due': 0,
  'not-reported': 0,
  ...partial,
});

const agency = (displayName: string, role: 'lead' | 'cooperating', partial: Partial<StatusCounts>): AgencyComplianceRow => {
  const tally = counts(partial);
  const total = Object.values(tally).reduce((sum, value) => sum + value, 0);
  return { agencyId: displayName, agencyName: displayName, planNames: [], displayName, role, counts: tally, total, doneRate: null, onTimeRate: null };
};

describe('complianceChart', () => {
  it('stacks the tasks each agency leads: done, in progress, overdue, not yet due, not reported', () => {
    const chart = complianceChart([
      agency('Sở Tài chính', 'lead', { 'done-on-time': 1, 'done-late': 1, overdue: 1 }),
      agency('Sở Công Thương', 'lead', { 'in-progress-behind': 2, 'in-progress-on-schedule': 1, 'not-reported': 3, 'not-yet-due': 1 }),
    ]);
    expect(chart.series.map((series) => series.key)).toEqual(['done', 'in-progress', 'overdue', 'not-yet-due', 'not-reported']);
    expect(chart.rows).toEqual([
      { label: 'Sở Công Thương', values: [0, 3, 0, 1, 3] },
      { label: 'Sở Tài chính', values: [2, 0, 1, 0, 0] },
    ]);
  });

  it('leaves out cooperating roles and agencies with nothing to judge', () => {
    const chart = complianceChart([agency('Sở Xây dựng', 'cooperating', { overdue: 4 }), agency('Sở Y tế', 'lead', {})]);
    expect(chart.rows).toEqual([]);
  });
});

describe('investmentChart', () => {
  const location = (label: string, count: number, totalInvestment: number): TextGroupRow => ({
    key: label,
    label,
    count,
    totalInvestment,
    withoutInvestment: 0,
  });

  it('shows the investment of each location, the largest first, with its number of projects', () => {
    const chart = investmentChart([location('Huyện Châu Thành', 2, 1500.5), location('TP. Rạch Giá', 5, 7100), location('Trống', 0, 0)]);
    expect(chart.rows).toEqual([
      { label: 'TP. Rạch Giá', values: [7100], note: { vi: '5 dự án', en: '5 projects' } },
      { label: 'Huyện Châu Thành', values: [1500.5], note: { vi: '2 dự án', en: '2 projects' } },
    ]);
    expect(chart.unit).toEqual({ vi: 'tỷ đồng', en: 'billion VND' });
  });
});

describe('chartMaximum', () => {
  it('is the largest row total, 0 for an empty chart', () => {
    expect(chartMaximum(complianceChart([agency('A', 'lead', { overdue: 2, 'done-late': 3 })]))).toBe(5);
    expect(chartMaximum(investmentChart([]))).toBe(0);
  });
});
