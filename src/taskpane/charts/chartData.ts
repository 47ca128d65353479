/**
 * Số liệu biểu đồ — the two charts of the report step as plain rows: task compliance per lead
 * agency (stacked by status) and registered investment per location. Pure, so that what the bars
 * say is tested without a browser.
 */
import type { Bilingual } from '../i18n/language';
import type { AgencyComplianceRow, StatusCounts, TextGroupRow } from '../../rules/compute';

export type SeriesKey = 'done' | 'in-progress' | 'overdue' | 'not-yet-due' | 'not-reported' | 'investment';

export interface ChartSeries {
  readonly key: SeriesKey;
  readonly label: Bilingual;
}

export interface ChartRow {
  readonly label: string;
  /** One value per series, in the chart's series order. */
  readonly values: readonly number[];
  /** A second figure shown after the bar, e.g. the number of projects. */
  readonly note?: Bilingual;
}

export interface ChartData {
  readonly title: Bilingual;
  readonly unit: Bilingual;
  readonly series: readonly ChartSeries[];
  readonly rows: readonly ChartRow[];
}

export const COMPLIANCE_SERIES: readonly ChartSeries[] = [
  { key: 'done', label: { vi: 'Hoàn thành', en: 'Done' } },
  { key: 'in-progress', label: { vi: 'Đang thực hiện', en: 'In progress' } },
  { key: 'overdue', label: { vi: 'Quá hạn', en: 'Overdue' } },
  { key: 'not-yet-due', label: { vi: 'Chưa đến hạn', en: 'Not yet due' } },
  { key: 'not-reported', label: { vi: 'Chưa báo cáo', en: 'Not reported' } },
];

const complianceValues = (counts: StatusCounts): number[] => [
  counts['done-on-time'] + counts['done-late'],
  counts['in-progress-on-schedule'] + counts['in-progress-behind'],
  counts.overdue,
  counts['not-yet-due'],
  counts['not-reported'],
];

/** Tasks each agency leads (chủ trì), by status; agencies with the most tasks first. */
export function complianceChart(agencies: readonly AgencyComplianceRow[]): ChartData {
  const rows = agencies
    .filter((row) => row.role === 'lead' && row.total > 0)
    .map((row) => ({ label: row.displayName, values: complianceValues(row.counts), total: row.total }))
    .sort((a, b) => b.total - a.total || a.label.localeCompare(b.label, 'vi'))
    .map(({ label, values }) => ({ label, values }));
  return {
    title: { vi: 'Tình hình thực hiện nhiệm vụ theo cơ quan chủ trì', en: 'Tasks by lead agency' },
    unit: { vi: 'nhiệm vụ', en: 'tasks' },
    series: COMPLIANCE_SERIES,
    rows,
  };
}

const INVESTMENT_SERIES: readonly ChartSeries[] = [{ key: 'investment', label: { vi: 'Tổng vốn đầu tư', en: 'Total investment' } }];

/** Tổng vốn đầu tư (tỷ đồng) per location, the largest first. */
export function investmentChart(byLocation: readonly TextGroupRow[]): ChartData {
  const rows = [...byLocation]
    .filter((row) => row.count > 0)
    .sort((a, b) => b.totalInvestment - a.totalInvestment || a.label.localeCompare(b.label, 'vi'))
    .map((row) => ({
      label: row.label,
      values: [row.totalInvestment],
      note: { vi: `${row.count} dự án`, en: `${row.count} ${row.count === 1 ? 'project' : 'projects'}` },
    }));
  return {
    title: { vi: 'Vốn đầu tư dự án trọng điểm theo địa điểm', en: 'Key project investment by location' },
    unit: { vi: 'tỷ đồng', en: 'billion VND' },
    series: INVESTMENT_SERIES,
    rows,
  };
}

/** The largest row total: the scale's end. */
export const chartMaximum = (chart: ChartData): number =>
  Math.max(0, ...chart.rows.map((row) => row.values.reduce((sum, value) => sum + value, 0)));
