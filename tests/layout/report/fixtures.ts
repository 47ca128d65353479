/**
 * The plan 40/KH-UBND (seed `kg-40-kh-ubnd`) with a few reports for the year 2022, so that every
 * table of the report has something in it: tasks done, late, behind and unreported, projects in
 * each state (two past their completion year), growth, share and count targets.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { parsePeriod, type Period } from '../../../src/domain/period';
import { Plan } from '../../../src/domain/plan';
import { Reports, type ProjectReport, type Submission, type TargetReport, type TaskReport } from '../../../src/domain/report';
import { computeReport } from '../../../src/app/report';
import { type AppendixOptions, bundledReportLayouts, type ReportLayouts, type ReportTables } from '../../../src/layout/report';

export const kg40 = (): Plan =>
  Plan.parse(JSON.parse(readFileSync(join(__dirname, '..', '..', '..', 'seeds', 'kg-40-kh-ubnd.json'), 'utf8')));

export const year2022 = (): Period => {
  const period = parsePeriod('2022');
  if (!period.ok) throw new Error(period.reason_en);
  return period.value;
};

const submission = (id: string, agencyId: string, onTime: boolean): Submission => ({
  id,
  fileName: `${agencyId}.xlsx`,
  agencyId,
  period: '2022',
  receivedAt: onTime ? '2022-12-10T08:00:00Z' : '2022-12-20T08:00:00Z',
  onTime,
  errors: 0,
  warnings: 0,
  outcome: 'accepted',
  rowsAccepted: 1,
  rowsQuarantined: 0,
});

const taskReport = (submissionId: string, agencyId: string, taskId: string, fields: Partial<TaskReport>): TaskReport => ({
  taskId,
  agencyId,
  period: '2022',
  role: 'lead',
  status: 'in-progress',
  percent: null,
  completedOn: null,
  result: '',
  obstacles: '',
  proposals: '',
  submissionId,
  ...fields,
});

const projectReport = (projectId: string, fields: Partial<ProjectReport>): ProjectReport => ({
  projectId,
  agencyId: 'kg.sct',
  period: '2022',
  progress: 'under-construction',
  disbursed: null,
  expectedCompletionYear: null,
  note: '',
  submissionId: 'sct',
  ...fields,
});

const targetReport = (targetId: string, period: string, actual: number): TargetReport => ({
  targetId,
  agencyId: 'kg.sct',
  period,
  actual,
  dataSource: 'Cục Thống kê tỉnh',
  submissionId: 'sct',
});

export const kg40Reports = (): Reports =>
  Reports.parse({
    submissions: [submission('sct', 'kg.sct', true), submission('skhdt', 'kg.skhdt', false), submission('snv', 'kg.snv', true)],
    tasks: [
      taskReport('sct', 'kg.sct', 'I.1', {
        status: 'done',
        completedOn: '2022-11-20',
        result: 'Đã hoàn thành phương án phát triển công nghiệp, gửi Sở Kế hoạch và Đầu tư tích hợp vào quy hoạch tỉnh.',
      }),
      taskReport('sct', 'kg.sct', 'I.2', {
        percent: 60,
        result: 'Đã rà soát các dự án điện gió, điện mặt trời; đang hoàn chỉnh hồ sơ đề xuất bổ sung quy hoạch.',
      }),
      taskReport('sct', 'kg.sct', 'I.3', { status: 'done', completedOn: '2022-10-05', result: 'Đã rà soát định hướng phát triển các cụm công nghiệp.' }),
      taskReport('sct', 'kg.sct', 'III.1', { percent: 30, obstacles: 'Chưa bố trí được kinh phí xây dựng chính sách.' }),
      taskReport('sct', 'kg.sct', 'II.5', { status: 'done', completedOn: '2022-09-30', result: 'Tổ chức 03 hội chợ xúc tiến thương mại.' }),
      taskReport('skhdt', 'kg.skhdt', 'II.1', { status: 'done', completedOn: '2022-12-10', result: 'Đã phát hành 2.000 tập gấp xúc tiến đầu tư.' }),
      taskReport('skhdt', 'kg.skhdt', 'II.4', {
        status: 'done',
        completedOn: '2022-09-15',
        result: 'Đã tổ chức Hội nghị xúc tiến đầu tư ngành công nghiệp ngày 15/9/2022.',
      }),
      taskReport('skhdt', 'kg.skhdt', 'III.8', { percent: 50, result: 'Đã triển khai hỗ trợ pháp lý cho 120 doanh nghiệp.' }),
      taskReport('snv', 'kg.snv', 'III.7', { status: 'not-done', result: 'Chờ hướng dẫn của Bộ Nội vụ về tổ chức trung tâm.' }),
    ],
    projects: [
      projectReport('DA-01', { progress: 'operating', disbursed: 7100, note: 'Đã vận hành thương mại từ tháng 10/2022.' }),
      projectReport('DA-02', { disbursed: 1200.5, expectedCompletionYear: 2023 }),
      projectReport('DA-03', { progress: 'preparing', disbursed: 10 }),
      projectReport('DA-19', { disbursed: 50, expectedCompletionYear: 2023 }),
    ],
    targets: [
      targetReport('CT-01', '2021', 29500),
      targetReport('CT-01', '2022', 32100),
      targetReport('CT-02', '2022', 14.2),
      targetReport('CT-04', '2022', 45),
      targetReport('CT-07', '2022', 58),
    ],
  });

export const AS_OF = '2022-12-14';

export const kg40Tables = (): ReportTables => computeReport(kg40(), kg40Reports(), year2022(), AS_OF);

export const layouts = (): ReportLayouts => bundledReportLayouts();

/** What the sheet builders need to know besides the tables: the plan, the period, the layouts. */
export const reportContext = (tables: ReportTables = kg40Tables(), plan: Plan = kg40()) => ({
  plan,
  period: tables.period,
  asOf: tables.asOf,
  layout: layouts().report,
});

export const appendixContext = (options: AppendixOptions = {}, tables: ReportTables = kg40Tables(), plan: Plan = kg40()) => ({
  ...reportContext(tables, plan),
  options,
});
