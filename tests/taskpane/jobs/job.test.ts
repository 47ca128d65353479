import { IDLE, jobReducer, progressValue } from '../../../src/taskpane/jobs/job';

const started = jobReducer(IDLE, { type: 'started', label: 'Kiểm tra' });

describe('jobReducer', () => {
  it('starts a job with no progress known and no earlier failure', () => {
    const afterFailure = jobReducer(started, { type: 'failed', error: new Error('boom') });
    expect(jobReducer(afterFailure, { type: 'started', label: 'Tổng hợp' })).toEqual({
      running: true,
      label: 'Tổng hợp',
      done: 0,
      total: null,
      cancelling: false,
      failure: null,
    });
  });

  it('follows the progress of a running job only', () => {
    expect(jobReducer(started, { type: 'progressed', done: 2, total: 5 })).toMatchObject({ done: 2, total: 5 });
    expect(jobReducer(IDLE, { type: 'progressed', done: 2, total: 5 })).toBe(IDLE);
  });

  it('marks a stop request until the job ends', () => {
    const cancelling = jobReducer(started, { type: 'cancelRequested' });
    expect(cancelling.cancelling).toBe(true);
    expect(jobReducer(cancelling, { type: 'failed', error: Object.assign(new Error('x'), { name: 'AbortError' }) })).toMatchObject({
      running: false,
      cancelling: false,
      failure: { kind: 'cancelled' },
    });
  });

  it('keeps the officer-facing message of a failure', () => {
    const error = { message_vi: 'Tệp có mật khẩu.', message_en: 'The file has a password.' };
    expect(jobReducer(started, { type: 'failed', error }).failure).toEqual({
      kind: 'told',
      message: { vi: 'Tệp có mật khẩu.', en: 'The file has a password.' },
    });
  });

  it('forgets a failure once dismissed, but not while a job runs', () => {
    const failed = jobReducer(started, { type: 'failed', error: new Error('boom') });
    expect(jobReducer(failed, { type: 'dismissed' }).failure).toBeNull();
    expect(jobReducer(started, { type: 'dismissed' })).toBe(started);
  });
});

describe('progressValue', () => {
  it('is the share done, between 0 and 1', () => {
    expect(progressValue({ ...started, done: 1, total: 4 })).toBe(0.25);
    expect(progressValue({ ...started, done: 9, total: 4 })).toBe(1);
  });

  it('is undefined while the amount of work is unknown', () => {
    expect(progressValue(started)).toBeUndefined();
    expect(progressValue({ ...started, total: 0 })).toBeUndefined();
  });
});
