import type { Plan } from '../../../src/domain/plan';
import type { AgencyFiles } from '../../../src/taskpane/engine/forms';
import type { Consolidation } from '../../../src/taskpane/engine/intake';
import type { Master } from '../../../src/taskpane/state/master';
import { type Session, initialSession, sessionReducer } from '../../../src/taskpane/state/session';
import type { WorkbookFile } from '../../../src/workbook/port';

const fileMaster = (fileName: string): Master => ({ kind: 'file', port: {} as WorkbookFile, fileName });
const plan = (id: string): Plan => ({ id }) as Plan;
const forms: AgencyFiles = { files: [], unassigned: { tasks: 0, projects: 0, targets: 0 } };
const returned = (fileName: string) => ({ fileName, data: new ArrayBuffer(1) });
const consolidation = (ok: boolean): Consolidation => ({ ok, masterFindings: [], files: [], submissions: [] });

const apply = (state: Session, ...actions: Parameters<typeof sessionReducer>[1][]): Session => actions.reduce(sessionReducer, state);

describe('sessionReducer', () => {
  const start = initialSession('vi', 2025);

  it('starts on the plan step, for the current year, with nothing open', () => {
    expect(start).toMatchObject({ step: 'plan', master: null, plan: null, period: { year: 2025, kind: 'year', index: 1 }, notices: [] });
  });

  it('forgets what belonged to the previous master when another is opened', () => {
    const state = apply(
      start,
      { type: 'masterOpened', master: fileMaster('a.xlsx'), changed: false },
      { type: 'planRead', plan: plan('kg-40'), findings: [], summary: null },
      { type: 'formsMade', forms },
      { type: 'masterOpened', master: fileMaster('b.xlsx'), changed: true },
    );
    expect(state).toMatchObject({ plan: null, forms: null, masterChanged: true });
  });

  it('marks a file master as changed until it is downloaded; Excel saves its own workbook', () => {
    const file = apply(start, { type: 'masterOpened', master: fileMaster('a.xlsx'), changed: false }, { type: 'masterWritten' });
    expect(file.masterChanged).toBe(true);
    expect(sessionReducer(file, { type: 'masterDownloaded' }).masterChanged).toBe(false);
    const excel = apply(start, { type: 'masterOpened', master: { kind: 'excel', port: {} as WorkbookFile }, changed: false }, { type: 'masterWritten' });
    expect(excel.masterChanged).toBe(false);
  });

  it('drops the workbooks made and the checks when the period changes', () => {
    const state = apply(start, { type: 'formsMade', forms }, { type: 'filesChecked', checks: [] });
    const same = sessionReducer(state, { type: 'periodChanged', period: { year: 2025, kind: 'year', index: 1 } });
    expect(same).toBe(state);
    expect(sessionReducer(state, { type: 'periodChanged', period: { year: 2022, kind: 'year', index: 1 } })).toMatchObject({ forms: null, checks: null });
  });

  it('keeps the workbooks made when the same plan is read again, not when another plan is', () => {
    const state = apply(start, { type: 'planRead', plan: plan('kg-40'), findings: [], summary: null }, { type: 'formsMade', forms });
    expect(sessionReducer(state, { type: 'planRead', plan: plan('kg-40'), findings: [], summary: null }).forms).toBe(forms);
    expect(sessionReducer(state, { type: 'planRead', plan: plan('kg-157'), findings: [], summary: null }).forms).toBeNull();
  });

  it('replaces a returned file picked again under the same name, and forgets the earlier checks', () => {
    const state = apply(
      start,
      { type: 'returnedPicked', files: [returned('2022_SCT.xlsx'), returned('2022_STC.xlsx')] },
      { type: 'filesChecked', checks: [] },
    );
    const again = sessionReducer(state, { type: 'returnedPicked', files: [returned('2022_SCT.xlsx')] });
    expect(again.returned.map((file) => file.fileName)).toEqual(['2022_STC.xlsx', '2022_SCT.xlsx']);
    expect(again.checks).toBeNull();
    expect(sessionReducer(again, { type: 'returnedCleared' }).returned).toEqual([]);
  });

  it('takes the log from a consolidation that was done, not from one refused', () => {
    const log = { submissions: [], agencyNames: { 'kg.sct': 'Sở Công Thương' } };
    const state = apply(start, { type: 'logRead', log });
    expect(sessionReducer(state, { type: 'consolidated', consolidation: consolidation(false), agencyNames: {} }).log).toBe(log);
    expect(sessionReducer(state, { type: 'consolidated', consolidation: consolidation(true), agencyNames: {} }).log).toEqual({
      submissions: [],
      agencyNames: {},
    });
  });

  it('numbers notices and dismisses them one by one', () => {
    const state = apply(
      start,
      { type: 'noticed', intent: 'warning', text: { vi: 'Một', en: 'One' } },
      { type: 'noticed', intent: 'success', text: { vi: 'Hai', en: 'Two' } },
    );
    expect(state.notices.map((notice) => notice.id)).toEqual([1, 2]);
    expect(sessionReducer(state, { type: 'noticeDismissed', id: 1 }).notices.map((notice) => notice.text.en)).toEqual(['Two']);
  });

  it('keeps only the latest success, and every warning until it is closed', () => {
    const state = apply(
      start,
      { type: 'noticed', intent: 'success', text: { vi: 'Đã nạp', en: 'Loaded' } },
      { type: 'noticed', intent: 'warning', text: { vi: 'Thiếu', en: 'Missing' } },
      { type: 'noticed', intent: 'success', text: { vi: 'Đã tạo', en: 'Made' } },
    );
    expect(state.notices.map((notice) => notice.text.en)).toEqual(['Missing', 'Made']);
  });

  it('switches language and step', () => {
    expect(apply(start, { type: 'languageChanged', language: 'en' }, { type: 'stepChanged', step: 'report' })).toMatchObject({
      language: 'en',
      step: 'report',
    });
  });
});
