/**
 * Báo cáo tổng hợp — what the master holds after four years of reporting on the synthetic plan:
 * every agency's rows for each year (exactly the rows its workbook asks for, from
 * `assignPlanRows`), one accepted submission per agency and year. Tasks move forward year by year
 * (a task done stays done, on the same day), projects disburse more each year, and targets follow
 * their planned path with some noise — the shape the computations see in a real master.
 */
import { parsePeriod, type Period } from '../src/domain/period';
import type { Plan, Target } from '../src/domain/plan';
import type { ProjectReport, Reports, Submission, TargetReport, TaskReport } from '../src/domain/report';
import { assignPlanRows } from '../src/layout/assignments';
import { type Random, seededRandom } from './random';
import { REPORT_YEARS } from './syntheticPlan';

const RESULTS = [
  'Đã ban hành văn bản hướng dẫn triển khai; tổ chức 02 hội nghị quán triệt.',
  'Đã phối hợp khảo sát, đánh giá hiện trạng; đang hoàn thiện dự thảo báo cáo.',
  'Đã tham mưu UBND tỉnh ban hành kế hoạch; đang tổ chức thực hiện.',
];

function yearPeriod(year: number): Period {
  const period = parsePeriod(String(year));
  if (!period.ok) throw new Error(period.reason_en);
  return period.value;
}

/** A day of the year, as an ISO date. */
function dayIn(year: number, random: Random): string {
  const from = Date.UTC(year, 1, 1);
  return new Date(from + random.int(0, 300) * 86_400_000).toISOString().slice(0, 10);
}

/** The actual a target reaches in `year`: along its planned path, within ±8 %. */
function actualFor(target: Target, year: number, random: Random): number {
  const baseYear = target.baselineYear ?? (target.startYear ?? year) - 1;
  const base = target.baselineValue ?? target.value * 0.8;
  const elapsed = Math.max(0, year - baseYear);
  const span = Math.max(1, target.targetYear - baseYear);
  const noise = 0.92 + random.next() * 0.16;
  const planned =
    target.kind === 'average-growth' ? base * (1 + target.value / 100) ** elapsed : base + ((target.value - base) * elapsed) / span;
  return Math.round(planned * noise * 100) / 100;
}

export function syntheticReports(plan: Plan, years: readonly number[] = REPORT_YEARS, seed = 909): Reports {
  const random = seededRandom(seed);
  const tasks: TaskReport[] = [];
  const projects: ProjectReport[] = [];
  const targets: TargetReport[] = [];
  const submissions: Submission[] = [];
  /** When each agency's task was done, so that it stays done in later years. */
  const doneOn = new Map<string, string>();
  const disbursedShare = new Map<string, number>();
  for (const [index, year] of years.entries()) {
    const period = yearPeriod(year);
    for (const assignment of assignPlanRows(plan, period, {}).assignments) {
      const agencyId = assignment.agency.id;
      const submissionId = `bench-${period.id}-${agencyId}`;
      for (const { task, role } of assignment.tasks) {
        const key = `${task.id}|${agencyId}`;
        const draw = random.next();
        const done = doneOn.get(key) ?? (draw < 0.15 + 0.15 * index ? dayIn(year, random) : undefined);
        if (done !== undefined) doneOn.set(key, done);
        const status = done !== undefined ? 'done' : draw < 0.9 ? 'in-progress' : draw < 0.97 ? 'not-started' : 'not-done';
        tasks.push({
          taskId: task.id,
          agencyId,
          period: period.id,
          role,
          status,
          percent: status === 'done' ? 100 : status === 'in-progress' ? 10 + 5 * random.int(0, 16) : status === 'not-started' ? 0 : null,
          completedOn: done ?? null,
          result: status === 'not-started' ? 'Chưa triển khai trong năm.' : random.pick(RESULTS),
          obstacles: random.next() < 0.2 ? 'Kinh phí thực hiện còn hạn chế.' : '',
          proposals: '',
          submissionId,
        });
      }
      for (const project of assignment.projects) {
        const share = Math.min(1, (disbursedShare.get(project.id) ?? 0) + random.next() * 0.3);
        disbursedShare.set(project.id, share);
        const total = project.totalInvestment ?? 500;
        projects.push({
          projectId: project.id,
          agencyId,
          period: period.id,
          progress: share < 0.05 ? 'preparing' : share < 0.95 ? 'under-construction' : 'operating',
          disbursed: Math.round(total * share * 100) / 100,
          expectedCompletionYear: Math.max(year, project.completionYear ?? year + 2),
          note: '',
          submissionId,
        });
      }
      for (const target of assignment.targets) {
        targets.push({ targetId: target.id, agencyId, period: period.id, actual: actualFor(target, year, random), dataSource: 'Cục Thống kê tỉnh', submissionId });
      }
      const rows = assignment.tasks.length + assignment.projects.length + assignment.targets.length;
      submissions.push({
        id: submissionId,
        fileName: `${period.id}_${agencyId}.xlsx`,
        agencyId,
        period: period.id,
        receivedAt: `${year}-12-10T02:00:00.000Z`,
        onTime: true,
        errors: 0,
        warnings: 0,
        outcome: 'accepted',
        rowsAccepted: rows,
        rowsQuarantined: 0,
      });
    }
  }
  return { tasks, projects, targets, submissions, quarantine: [] };
}
