import type { StatedFigure } from '../../../src/domain/plan';
import { computeInvestment } from '../../../src/rules/compute/investment';
import { buildPlan, period, project, projectReport, reports, submission } from './builder';

const figure = (id: string, reconcileWith: StatedFigure['reconcileWith'], value: number, unit: string): StatedFigure => ({
  id,
  label: `Số liệu ${id}`,
  value,
  unit,
  period: '2021-2025',
  reconcileWith,
  quote: 'câu trích',
  where: 'Mục I',
});

const plan = buildPlan({
  zones: [
    { id: 'kcn-thanh-loc', kind: 'industrial-park', name: 'KCN Thạnh Lộc' },
    { id: 'ccn-binh-an', kind: 'industrial-cluster', name: 'CCN Bình An' },
  ],
  projects: [
    project({ id: 'DA-01', location: 'Huyện Châu Thành', zoneId: 'kcn-thanh-loc', totalInvestment: 1000, completionYear: 2023, sector: 'Chế biến' }),
    project({ id: 'DA-02', location: 'huyện Châu  Thành', totalInvestment: 500, completionYear: 2025 }),
    project({ id: 'DA-03', location: 'TP Rạch Giá', zoneId: 'ccn-binh-an', totalInvestment: 250.5, completionYear: 2021, sector: 'Chế biến' }),
    project({ id: 'DA-04', zoneId: 'kcn-thanh-loc', sector: 'Năng lượng' }),
    project({ id: 'DA-05', location: 'TP Rạch Giá', totalInvestment: 2000, completionYear: 2022, sector: 'Năng lượng' }),
  ],
  statedFigures: [
    figure('SL-01', 'projects.count', 5, 'dự án'),
    figure('SL-02', 'projects.totalInvestment', 3752, 'tỷ đồng'),
    figure('SL-03', 'none', 44000, 'lao động'),
  ],
});

const result = computeInvestment(
  plan,
  reports({
    projects: [
      projectReport({ projectId: 'DA-01', period: '2022', progress: 'preparing', disbursed: 100 }),
      projectReport({ projectId: 'DA-01', period: '2023-H1', progress: 'under-construction', disbursed: 300 }),
      projectReport({ projectId: 'DA-01', period: '2023', progress: 'operating', disbursed: 1000 }),
      projectReport({ projectId: 'DA-03', period: '2022', progress: 'operating', disbursed: 250.5, expectedCompletionYear: 2021 }),
      projectReport({ projectId: 'DA-04', period: '2023-H1', progress: null, disbursed: 20 }),
      projectReport({ projectId: 'DA-05', period: '2023-H1', progress: 'under-construction', disbursed: 50, expectedCompletionYear: 2024, submissionId: 'b' }),
      projectReport({ projectId: 'DA-05', period: '2023-H1', progress: 'suspended', disbursed: 10, submissionId: 'a' }),
    ],
    submissions: [submission({ id: 'a', outcome: 'replaced' }), submission({ id: 'b' })],
  }),
  { period: period('2023-H1'), asOf: '2023-06-30' },
);

const groups = (rows: readonly { key: unknown; label: string; count: number; totalInvestment: number; withoutInvestment: number }[]) =>
  rows.map((row) => [row.key, row.label, row.count, row.totalInvestment, row.withoutInvestment]);

describe('computeInvestment', () => {
  it('takes each project from its latest report up to the period, the later file winning', () => {
    expect(result.projects.map((row) => [row.projectId, row.progress, row.disbursed, row.expectedCompletionYear, row.reportPeriod])).toEqual([
      ['DA-01', 'under-construction', 300, 2023, '2023-H1'],
      ['DA-02', 'not-reported', null, 2025, null],
      ['DA-03', 'operating', 250.5, 2021, '2022'],
      ['DA-04', 'not-reported', 20, null, '2023-H1'],
      ['DA-05', 'under-construction', 50, 2024, '2023-H1'],
    ]);
  });

  it('counts and totals every project', () => {
    expect([result.count, result.totalInvestment]).toEqual([5, 3750.5]);
  });

  it('groups by progress in the order of the drop-down, unreported last', () => {
    expect(groups(result.byProgress)).toEqual([
      ['under-construction', 'Đang xây dựng', 2, 3000, 0],
      ['operating', 'Hoàn thành, đi vào hoạt động', 1, 250.5, 0],
      ['not-reported', 'Chưa báo cáo', 2, 500, 1],
    ]);
  });

  it('groups by location as first written, ignoring case and spacing, empty last', () => {
    expect(groups(result.byLocation)).toEqual([
      ['Huyện Châu Thành', 'Huyện Châu Thành', 2, 1500, 0],
      ['TP Rạch Giá', 'TP Rạch Giá', 2, 2250.5, 0],
      [null, 'Chưa ghi địa điểm', 1, 0, 1],
    ]);
  });

  it('groups by park or cluster, projects outside them last', () => {
    expect(groups(result.byZone)).toEqual([
      ['kcn-thanh-loc', 'KCN Thạnh Lộc', 2, 1000, 1],
      ['ccn-binh-an', 'CCN Bình An', 1, 250.5, 0],
      [null, 'Ngoài khu, cụm công nghiệp', 2, 2500, 0],
    ]);
  });

  it('groups by expected completion year (reported, else planned), in year order', () => {
    expect(groups(result.byCompletionYear)).toEqual([
      [2021, '2021', 1, 250.5, 0],
      [2023, '2023', 1, 1000, 0],
      [2024, '2024', 1, 2000, 0],
      [2025, '2025', 1, 500, 0],
      [null, 'Chưa xác định', 1, 0, 1],
    ]);
  });

  it('groups by sector, unclassified last', () => {
    expect(groups(result.bySector)).toEqual([
      ['Chế biến', 'Chế biến', 2, 1250.5, 0],
      ['Năng lượng', 'Năng lượng', 2, 2000, 1],
      [null, 'Chưa phân loại', 1, 500, 0],
    ]);
  });

  it('rates disbursement over the projects that reported one and state their capital', () => {
    expect(result.disbursement).toEqual({
      disbursedTotal: 620.5,
      projectsReporting: 4,
      disbursedOfPriced: 600.5,
      investmentOfPriced: 3250.5,
      rate: 600.5 / 3250.5,
    });
  });

  it('has no disbursement rate, not NaN, when nobody reported one', () => {
    expect(computeInvestment(plan, reports(), { period: period('2023'), asOf: '2023-12-31' }).disbursement.rate).toBeNull();
  });

  it('lists projects past their planned completion year and not operating', () => {
    expect(result.pastCompletion.map((row) => [row.projectId, row.plannedCompletionYear, row.expectedCompletionYear, row.progress])).toEqual([
      ['DA-05', 2022, 2024, 'under-construction'],
    ]);
  });

  it('reconciles the stated number of projects and total capital with the table, within rounding', () => {
    expect(result.reconciliation).toEqual([
      {
        figureId: 'SL-01',
        label: 'Số liệu SL-01',
        unit: 'dự án',
        period: '2021-2025',
        reconcileWith: 'projects.count',
        stated: 5,
        computed: 5,
        difference: 0,
        tolerance: 0.5,
        matches: true,
      },
      {
        figureId: 'SL-02',
        label: 'Số liệu SL-02',
        unit: 'tỷ đồng',
        period: '2021-2025',
        reconcileWith: 'projects.totalInvestment',
        stated: 3752,
        computed: 3750.5,
        difference: -1.5,
        tolerance: 0.5,
        matches: false,
      },
    ]);
  });
});
