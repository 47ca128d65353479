import { computeCompliance, yearlyReportingDay } from '../../../src/rules/compute/compliance';
import { buildPlan, period, ref, reports, submission, task, taskReport } from './builder';

const statusOf = (result: ReturnType<typeof computeCompliance>, taskId: string) =>
  result.tasks.find((row) => row.taskId === taskId)?.status;

describe('computeCompliance', () => {
  const p2022 = { period: period('2022'), asOf: '2022-12-20' };

  it('counts a task done by its due date as done on time', () => {
    const plan = buildPlan({ tasks: [task('I.1', ['kg.sct'], '2022')] });
    const result = computeCompliance(plan, reports({ tasks: [taskReport({ taskId: 'I.1', agencyId: 'kg.sct', status: 'done', completedOn: '2022-11-30' })] }), p2022);
    expect(statusOf(result, 'I.1')).toBe('done-on-time');
    expect(result.tasks[0]?.completedOn).toBe('2022-11-30');
  });

  it('counts a task completed after its due date as done late', () => {
    const plan = buildPlan({ tasks: [task('I.1', ['kg.sct'], '2022')] });
    const result = computeCompliance(
      plan,
      reports({ tasks: [taskReport({ taskId: 'I.1', agencyId: 'kg.sct', status: 'done', completedOn: '2023-01-10' })] }),
      { period: period('2022'), asOf: '2023-01-20' },
    );
    expect(statusOf(result, 'I.1')).toBe('done-late');
  });

  it('presumes a done task without a date was completed at the end of the period, or on asOf if earlier', () => {
    const plan = buildPlan({ tasks: [task('I.1', ['kg.sct'], '2022')] });
    const rows = reports({ tasks: [taskReport({ taskId: 'I.1', agencyId: 'kg.sct', status: 'done' })] });
    const early = computeCompliance(plan, rows, { period: period('2022'), asOf: '2022-12-20' });
    expect(early.pairs[0]).toMatchObject({ completedOn: '2022-12-20', completionPresumed: true, status: 'done-on-time' });
    const later = computeCompliance(plan, rows, { period: period('2022'), asOf: '2023-02-01' });
    expect(later.pairs[0]).toMatchObject({ completedOn: '2022-12-31', status: 'done-on-time' });
  });

  it('judges a task behind schedule when its % is below the elapsed share of its frame (182 of 364 days = 50 %)', () => {
    const plan = buildPlan({ tasks: [task('I.1', ['kg.sct'], '2022'), task('I.2', ['kg.sct'], '2022')] });
    const result = computeCompliance(
      plan,
      reports({
        tasks: [
          taskReport({ taskId: 'I.1', agencyId: 'kg.sct', status: 'in-progress', percent: 49 }),
          taskReport({ taskId: 'I.2', agencyId: 'kg.sct', status: 'in-progress', percent: 50 }),
        ],
      }),
      { period: period('2022'), asOf: '2022-07-02' },
    );
    expect(statusOf(result, 'I.1')).toBe('in-progress-behind');
    expect(statusOf(result, 'I.2')).toBe('in-progress-on-schedule');
  });

  it('measures the elapsed share of a span from 1 January of its first year (364 of 729 days = 49,93 %)', () => {
    const plan = buildPlan({ tasks: [task('I.1', ['kg.sct'], '2022-2023'), task('I.2', ['kg.sct'], '2022-2023')] });
    const result = computeCompliance(
      plan,
      reports({
        tasks: [
          taskReport({ taskId: 'I.1', agencyId: 'kg.sct', status: 'in-progress', percent: 49.9 }),
          taskReport({ taskId: 'I.2', agencyId: 'kg.sct', status: 'in-progress', percent: 50 }),
        ],
      }),
      { period: period('2022'), asOf: '2022-12-31' },
    );
    expect(result.tasks[0]).toMatchObject({ frameStart: '2022-01-01', dueDate: '2023-12-31', status: 'in-progress-behind' });
    expect(statusOf(result, 'I.2')).toBe('in-progress-on-schedule');
  });

  it('counts a missing % as 0, so a not-started task whose frame has begun is behind', () => {
    const plan = buildPlan({ tasks: [task('I.1', ['kg.sct'], '2022'), task('I.2', ['kg.sct'], '2022')] });
    const result = computeCompliance(
      plan,
      reports({
        tasks: [
          taskReport({ taskId: 'I.1', agencyId: 'kg.sct', status: 'not-started' }),
          taskReport({ taskId: 'I.2', agencyId: 'kg.sct', status: 'in-progress', percent: null }),
        ],
      }),
      { period: period('2022'), asOf: '2022-03-01' },
    );
    expect(statusOf(result, 'I.1')).toBe('in-progress-behind');
    expect(statusOf(result, 'I.2')).toBe('in-progress-behind');
  });

  it('calls a not-started task whose frame has not begun not yet due', () => {
    const plan = buildPlan({ tasks: [task('I.1', ['kg.sct'], '2023-2025')] });
    const result = computeCompliance(
      plan,
      reports({ tasks: [taskReport({ taskId: 'I.1', agencyId: 'kg.sct', status: 'not-started' })] }),
      p2022,
    );
    expect(statusOf(result, 'I.1')).toBe('not-yet-due');
  });

  it('calls an unreported task whose frame starts after the period not yet due, not unreported', () => {
    const plan = buildPlan({ tasks: [task('I.1', ['kg.sct'], '2024')] });
    expect(statusOf(computeCompliance(plan, reports(), p2022), 'I.1')).toBe('not-yet-due');
  });

  it('judges a task past its due date and not done as overdue', () => {
    const plan = buildPlan({ tasks: [task('I.1', ['kg.sct'], '2022')] });
    const result = computeCompliance(
      plan,
      reports({ tasks: [taskReport({ taskId: 'I.1', agencyId: 'kg.sct', status: 'in-progress', percent: 90 })] }),
      { period: period('2022'), asOf: '2023-01-05' },
    );
    expect(statusOf(result, 'I.1')).toBe('overdue');
  });

  it('does not call a task overdue on its due date itself', () => {
    const plan = buildPlan({ tasks: [task('I.1', ['kg.sct'], '2022')] });
    const result = computeCompliance(
      plan,
      reports({ tasks: [taskReport({ taskId: 'I.1', agencyId: 'kg.sct', status: 'in-progress', percent: 100 })] }),
      { period: period('2022'), asOf: '2022-12-31' },
    );
    expect(statusOf(result, 'I.1')).toBe('in-progress-on-schedule');
  });

  it('counts "Không thực hiện" as overdue once due, and as behind before', () => {
    const plan = buildPlan({ tasks: [task('I.1', ['kg.sct'], '2022')] });
    const rows = reports({ tasks: [taskReport({ taskId: 'I.1', agencyId: 'kg.sct', status: 'not-done' })] });
    expect(statusOf(computeCompliance(plan, rows, p2022), 'I.1')).toBe('in-progress-behind');
    expect(statusOf(computeCompliance(plan, rows, { period: period('2022'), asOf: '2023-01-02' }), 'I.1')).toBe('overdue');
  });

  it('marks a task without a report for the period as not reported', () => {
    const plan = buildPlan({ tasks: [task('I.1', ['kg.sct'], '2022')] });
    const otherPeriod = reports({ tasks: [taskReport({ taskId: 'I.1', agencyId: 'kg.sct', period: '2022-H1', status: 'done', completedOn: '2022-05-01' })] });
    const result = computeCompliance(plan, otherPeriod, p2022);
    expect(statusOf(result, 'I.1')).toBe('not-reported');
    expect(result.pairs[0]).toMatchObject({ reportedStatus: null, submissionId: null });
  });

  describe('a task with several lead agencies', () => {
    const plan = buildPlan({ tasks: [task('I.1', ['kg.sct', 'kg.stnmt'], '2022')] });

    it('is not done while one lead has not reported it done', () => {
      const result = computeCompliance(
        plan,
        reports({
          tasks: [
            taskReport({ taskId: 'I.1', agencyId: 'kg.sct', status: 'done', completedOn: '2022-06-01' }),
            taskReport({ taskId: 'I.1', agencyId: 'kg.stnmt', status: 'in-progress', percent: 98 }),
          ],
        }),
        p2022,
      );
      expect(result.pairs.map((pair) => pair.status)).toEqual(['done-on-time', 'in-progress-on-schedule']);
      expect(result.tasks[0]).toMatchObject({ status: 'in-progress-on-schedule', completedOn: null });
    });

    it('takes the most severe status of the leads not done', () => {
      const result = computeCompliance(
        plan,
        reports({ tasks: [taskReport({ taskId: 'I.1', agencyId: 'kg.sct', status: 'in-progress', percent: 20 })] }),
        p2022,
      );
      expect(result.pairs.map((pair) => pair.status)).toEqual(['in-progress-behind', 'not-reported']);
      expect(statusOf(result, 'I.1')).toBe('in-progress-behind');
    });

    it('is done when every lead has reported it done, on the later completion date', () => {
      const result = computeCompliance(
        plan,
        reports({
          tasks: [
            taskReport({ taskId: 'I.1', agencyId: 'kg.sct', status: 'done', completedOn: '2022-06-01' }),
            taskReport({ taskId: 'I.1', agencyId: 'kg.stnmt', status: 'done', completedOn: '2022-10-15' }),
          ],
        }),
        p2022,
      );
      expect(result.tasks[0]).toMatchObject({ status: 'done-on-time', completedOn: '2022-10-15' });
    });

    it('is done late when the last lead finished after the due date', () => {
      const result = computeCompliance(
        plan,
        reports({
          tasks: [
            taskReport({ taskId: 'I.1', agencyId: 'kg.sct', status: 'done', completedOn: '2022-06-01' }),
            taskReport({ taskId: 'I.1', agencyId: 'kg.stnmt', status: 'done', completedOn: '2023-01-15' }),
          ],
        }),
        { period: period('2022'), asOf: '2023-02-01' },
      );
      expect(result.tasks[0]).toMatchObject({ status: 'done-late', completedOn: '2023-01-15' });
      expect(result.tasks[0]?.leads).toEqual(['Sở Công Thương', 'Sở Tài nguyên và Môi trường']);
    });
  });

  describe('a yearly task (Hàng năm)', () => {
    const plan = buildPlan({
      document: { ...buildPlan().document, reporting: [{ from: [], to: ref('kg.sct'), due: 'trước ngày 15/12 hàng năm', text: '' }] },
      tasks: [task('I.1', ['kg.sct'], 'Hàng năm')],
    });
    const rows = reports({
      tasks: [
        taskReport({ taskId: 'I.1', agencyId: 'kg.sct', period: '2022', status: 'done', completedOn: '2022-12-10' }),
        taskReport({ taskId: 'I.1', agencyId: 'kg.sct', period: '2023', status: 'done', completedOn: '2023-12-20' }),
      ],
    });

    it('is due on the plan reporting day of the period year', () => {
      const result = computeCompliance(plan, rows, { period: period('2022'), asOf: '2022-12-20' });
      expect(result.tasks[0]).toMatchObject({ frameStart: '2022-01-01', dueDate: '2022-12-15', status: 'done-on-time' });
    });

    it('is judged again each year', () => {
      const result = computeCompliance(plan, rows, { period: period('2023'), asOf: '2023-12-31' });
      expect(result.tasks[0]).toMatchObject({ dueDate: '2023-12-15', status: 'done-late' });
      expect(statusOf(computeCompliance(plan, rows, { period: period('2024'), asOf: '2024-06-01' }), 'I.1')).toBe('not-reported');
    });

    it('falls due on 31/12 when the plan states no readable reporting day', () => {
      const result = computeCompliance(buildPlan({ tasks: [task('I.1', ['kg.sct'], 'Hàng năm')] }), rows, p2022);
      expect(result.tasks[0]?.dueDate).toBe('2022-12-31');
    });
  });

  describe('a task without a time frame', () => {
    const plan = buildPlan({ tasks: [task('I.1', ['kg.sct'], ''), task('I.2', ['kg.sct'], ''), task('I.3', ['kg.sct'], '')] });
    const result = computeCompliance(
      plan,
      reports({
        tasks: [
          taskReport({ taskId: 'I.1', agencyId: 'kg.sct', period: '2030', status: 'in-progress', percent: 5 }),
          taskReport({ taskId: 'I.2', agencyId: 'kg.sct', period: '2030', status: 'not-done' }),
        ],
      }),
      { period: period('2030'), asOf: '2030-12-31' },
    );

    it('is listed with neither frame nor due date, and never overdue', () => {
      expect(result.tasks.map((row) => [row.taskId, row.dueDate, row.status])).toEqual([
        ['I.1', null, 'in-progress-on-schedule'],
        ['I.2', null, 'in-progress-behind'],
        ['I.3', null, 'not-reported'],
      ]);
    });
  });

  it('takes the row of the later submission when a task was reported twice for the period', () => {
    const plan = buildPlan({ tasks: [task('I.1', ['kg.sct'], '2022')] });
    const result = computeCompliance(
      plan,
      reports({
        tasks: [
          taskReport({ taskId: 'I.1', agencyId: 'kg.sct', status: 'done', completedOn: '2022-11-01', submissionId: 'second' }),
          taskReport({ taskId: 'I.1', agencyId: 'kg.sct', status: 'in-progress', percent: 10, submissionId: 'first' }),
        ],
        submissions: [
          submission({ id: 'first', agencyId: 'kg.sct', outcome: 'replaced' }),
          submission({ id: 'second', agencyId: 'kg.sct' }),
        ],
      }),
      p2022,
    );
    expect(result.pairs).toHaveLength(1);
    expect(result.pairs[0]).toMatchObject({ status: 'done-on-time', submissionId: 'second' });
  });

  describe('a merged agency', () => {
    const plan = buildPlan({
      tasks: [task('I.1', ['kg.skhdt'], '2025'), task('I.2', ['kg.stc'], '2025'), task('I.3', ['kg.skhdt'], '2025')],
    });
    const rows = reports({
      tasks: [
        taskReport({ taskId: 'I.1', agencyId: 'kg.stc', period: '2025', status: 'done', completedOn: '2025-05-01' }),
        taskReport({ taskId: 'I.2', agencyId: 'kg.stc', period: '2025', status: 'in-progress', percent: 80 }),
        taskReport({ taskId: 'I.3', agencyId: 'kg.skhdt', period: '2025', status: 'done', completedOn: '2025-02-01' }),
      ],
    });
    const after = computeCompliance(plan, rows, { period: period('2025'), asOf: '2025-06-01' });

    it('puts the rows of Sở Kế hoạch và Đầu tư under Sở Tài chính from 01/03/2025, keeping the plan name', () => {
      expect(after.pairs.map((pair) => [pair.taskId, pair.agencyId, pair.displayName, pair.status])).toEqual([
        ['I.1', 'kg.stc', 'Sở Tài chính (theo kế hoạch: Sở Kế hoạch và Đầu tư)', 'done-on-time'],
        ['I.2', 'kg.stc', 'Sở Tài chính', 'in-progress-on-schedule'],
        ['I.3', 'kg.stc', 'Sở Tài chính (theo kế hoạch: Sở Kế hoạch và Đầu tư)', 'done-on-time'],
      ]);
    });

    it('counts them in one agency row for the successor', () => {
      expect(after.agencies).toHaveLength(1);
      expect(after.agencies[0]).toMatchObject({
        agencyId: 'kg.stc',
        displayName: 'Sở Tài chính (theo kế hoạch: Sở Kế hoạch và Đầu tư)',
        role: 'lead',
        total: 3,
        doneRate: 2 / 3,
      });
    });

    it('keeps them apart before the merger', () => {
      const before = computeCompliance(plan, rows, { period: period('2025'), asOf: '2025-02-15' });
      expect(before.agencies.map((row) => [row.agencyId, row.displayName, row.total])).toEqual([
        ['kg.skhdt', 'Sở Kế hoạch và Đầu tư', 2],
        ['kg.stc', 'Sở Tài chính', 1],
      ]);
      expect(before.pairs[0]?.status).toBe('not-reported');
    });
  });

  describe('tables', () => {
    const plan = buildPlan({
      sections: [
        { id: 'I', number: 'I', title: 'Tuyên truyền' },
        { id: 'II', number: 'II', title: 'Đầu tư' },
      ],
      tasks: [
        task('I.1', ['kg.sct'], '2022', { sectionId: 'I', cooperating: ['kg.stnmt', 'kg.nganh-lien-quan'] }),
        task('I.2', ['kg.sct'], '2022', { sectionId: 'I' }),
        task('II.1', ['kg.stnmt'], '2022', { sectionId: 'II', cooperating: ['kg.sct'] }),
        task('X.1', ['kg.nganh-lien-quan'], '2022'),
      ],
    });
    const result = computeCompliance(
      plan,
      reports({
        tasks: [
          taskReport({ taskId: 'I.1', agencyId: 'kg.sct', status: 'done', completedOn: '2022-03-01' }),
          taskReport({ taskId: 'I.2', agencyId: 'kg.sct', status: 'done', completedOn: '2023-01-05' }),
          taskReport({ taskId: 'I.1', agencyId: 'kg.stnmt', role: 'cooperating', status: 'done', completedOn: '2022-04-01' }),
        ],
      }),
      { period: period('2022'), asOf: '2023-01-10' },
    );

    it('has one pair per lead and per cooperating agency, leaving a cooperating group out', () => {
      expect(result.pairs.map((pair) => `${pair.taskId} ${pair.role} ${pair.agencyId}`)).toEqual([
        'I.1 lead kg.sct',
        'I.1 cooperating kg.stnmt',
        'I.2 lead kg.sct',
        'II.1 lead kg.stnmt',
        'II.1 cooperating kg.sct',
        'X.1 lead kg.nganh-lien-quan',
      ]);
    });

    it('judges a task by its leads only', () => {
      expect(result.tasks.map((row) => row.status)).toEqual(['done-on-time', 'done-late', 'not-reported', 'not-reported']);
    });

    it('tallies per agency and role, leads first, with done and on-time rates', () => {
      expect(result.agencies.map((row) => [row.agencyId, row.role, row.total, row.doneRate, row.onTimeRate])).toEqual([
        ['kg.sct', 'lead', 2, 1, 0.5],
        ['kg.stnmt', 'lead', 1, 0, 0],
        ['kg.nganh-lien-quan', 'lead', 1, 0, 0],
        ['kg.stnmt', 'cooperating', 1, 1, 1],
        ['kg.sct', 'cooperating', 1, 0, 0],
      ]);
      expect(result.agencies[0]?.counts).toEqual({
        'done-on-time': 1,
        'done-late': 1,
        'in-progress-on-schedule': 0,
        'in-progress-behind': 0,
        overdue: 0,
        'not-yet-due': 0,
        'not-reported': 0,
      });
    });

    it('tallies tasks per section, tasks outside sections last, and overall', () => {
      expect(result.sections.map((row) => [row.sectionId, row.total, row.doneRate])).toEqual([
        ['I', 2, 1],
        ['II', 1, 0],
        [null, 1, 0],
      ]);
      expect(result.overall).toMatchObject({ total: 4, doneRate: 0.5, onTimeRate: 0.25 });
    });

    it('gives no rate, not NaN, when there is nothing to count', () => {
      expect(computeCompliance(buildPlan(), reports(), p2022).overall).toMatchObject({ total: 0, doneRate: null, onTimeRate: null });
    });
  });

  describe('agencies that reported late or not at all', () => {
    const plan = buildPlan({
      tasks: [
        task('I.1', ['kg.sct'], '2022', { cooperating: ['kg.stnmt', 'kg.nganh-lien-quan'] }),
        task('I.2', ['kg.skhdt'], '2022'),
        task('I.3', ['kg.ubnd'], '2024'),
      ],
    });

    it('lists late and missing agencies, leaving out groups and tasks not yet begun', () => {
      const result = computeCompliance(
        plan,
        reports({
          tasks: [taskReport({ taskId: 'I.1', agencyId: 'kg.sct', submissionId: 'late' })],
          submissions: [
            submission({ id: 'late', agencyId: 'kg.sct', onTime: false, receivedAt: '2022-12-20T09:00:00' }),
            submission({ id: 'bad', agencyId: 'kg.skhdt', outcome: 'rejected', rowsAccepted: 0 }),
          ],
        }),
        p2022,
      );
      expect(result.reportingGaps.map((row) => [row.agencyId, row.status, row.submissions, row.rejectedSubmissions, row.lastReceivedAt])).toEqual([
        ['kg.sct', 'late', 1, 0, '2022-12-20T09:00:00'],
        ['kg.stnmt', 'not-reported', 0, 0, null],
        ['kg.skhdt', 'not-reported', 0, 1, '2022-12-10T08:00:00'],
      ]);
    });

    it('does not call an agency late when an on-time file was followed by a late correction', () => {
      const result = computeCompliance(
        plan,
        reports({
          submissions: [
            submission({ id: 'a', agencyId: 'kg.sct', outcome: 'replaced' }),
            submission({ id: 'b', agencyId: 'kg.sct', onTime: false }),
          ],
        }),
        p2022,
      );
      expect(result.reportingGaps.map((row) => row.agencyId)).not.toContain('kg.sct');
    });

    it('counts report rows without a logged file as reported', () => {
      const result = computeCompliance(plan, reports({ tasks: [taskReport({ taskId: 'I.1', agencyId: 'kg.stnmt' })] }), p2022);
      expect(result.reportingGaps.map((row) => row.agencyId)).not.toContain('kg.stnmt');
    });

    it('expects the successor to report for a merged agency', () => {
      const result = computeCompliance(plan, reports({ submissions: [submission({ id: 'f', agencyId: 'kg.stc', period: '2025' })] }), {
        period: period('2025'),
        asOf: '2025-12-20',
      });
      expect(result.reportingGaps.find((row) => row.agencyId === 'kg.stc')).toBeUndefined();
      expect(result.reportingGaps.map((row) => row.displayName)).toEqual(['Sở Công Thương', 'Sở Tài nguyên và Môi trường', 'UBND tỉnh']);
    });
  });
});

describe('yearlyReportingDay', () => {
  it('takes the earliest readable day of the reporting duties', () => {
    const plan = buildPlan({
      document: {
        ...buildPlan().document,
        reporting: [
          { from: [], to: ref('kg.ubnd'), due: '15/12 hàng năm', text: '' },
          { from: [], to: ref('kg.sct'), due: 'trước ngày 15/11 hàng năm', text: '' },
          { from: [], to: null, due: 'cuối năm', text: '' },
        ],
      },
    });
    expect(yearlyReportingDay(plan)).toEqual({ day: 15, month: 11 });
  });
});
