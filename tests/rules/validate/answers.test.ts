import { agencyTable } from '../../../src/layout/load';
import { looksLikeFormula, readAnswer } from '../../../src/rules/validate/answers';
import type { ReadCell } from '../../../src/workbook/port';
import { layouts } from './returns';

const column = (entity: 'tasks' | 'projects' | 'targets', key: string) => {
  const found = agencyTable(layouts.agency, entity).columns.find((candidate) => candidate.key === key);
  if (found === undefined) throw new Error(key);
  return found;
};
const place = { sheet: 'Nhiệm vụ', cell: 'F4', rowId: 'I.1', column: 'x' };
const read = (entity: 'tasks' | 'projects' | 'targets', key: string, cell: ReadCell | null) => readAnswer(column(entity, key), cell, place, layouts.lists);
const value = (result: ReturnType<typeof read>) => (result.ok ? result.value : result.findings.map((finding) => finding.code).join());

describe('readAnswer', () => {
  it('reads an empty cell as no answer, without a finding', () => {
    expect(read('tasks', 'status', null)).toEqual({ ok: true, value: null, findings: [] });
    expect(read('tasks', 'result', { value: '   ' })).toEqual({ ok: true, value: null, findings: [] });
  });

  it('reads shares as the official sees them', () => {
    expect(value(read('tasks', 'percent', { value: 0.57, numberFormat: '0%' }))).toBe(57);
    expect(value(read('tasks', 'percent', { value: 57 }))).toBe(57);
    expect(value(read('tasks', 'percent', { value: '57,5%' }))).toBe(57.5);
    expect(value(read('tasks', 'percent', { value: true }))).toBe('invalid-number');
    expect(value(read('tasks', 'percent', { value: -1 }))).toBe('out-of-range');
  });

  it('reads a year as a number, a date or "năm …" text', () => {
    expect(value(read('projects', 'expectedCompletionYear', { value: 2025 }))).toBe(2025);
    expect(value(read('projects', 'expectedCompletionYear', { value: { date: '2025-12-01' } }))).toBe(2025);
    expect(value(read('projects', 'expectedCompletionYear', { value: 'Năm 2026' }))).toBe(2026);
    expect(value(read('projects', 'expectedCompletionYear', { value: 'Quý IV/2025' }))).toBe('invalid-number');
    expect(value(read('projects', 'expectedCompletionYear', { value: 1995 }))).toBe('out-of-range');
  });

  it('reads dates, and refuses a serial that falls before the column allows', () => {
    expect(value(read('tasks', 'completedOn', { value: 44880 }))).toBe('2022-11-15');
    expect(value(read('tasks', 'completedOn', { value: '15-11-2022' }))).toBe('2022-11-15');
    expect(value(read('tasks', 'completedOn', { value: 15 }))).toBe('invalid-date');
  });

  it('never takes a formula’s result', () => {
    expect(read('targets', 'actual', { value: 12, formula: 'SUM(A1:A3)' })).toMatchObject({ ok: false, findings: [{ code: 'formula-injection', found: '=SUM(A1:A3)', severity: 'error' }] });
  });

  it('keeps formula-looking text in a text column with a warning, refuses it elsewhere', () => {
    expect(read('tasks', 'result', { value: '@Sở Tài chính' })).toMatchObject({ ok: true, value: '@Sở Tài chính', findings: [{ code: 'formula-injection', severity: 'warning' }] });
    expect(read('targets', 'actual', { value: '=A1*2' })).toMatchObject({ ok: false, findings: [{ code: 'formula-injection', severity: 'error' }] });
  });
});

describe('looksLikeFormula', () => {
  it.each(['=1+1', '+84 912 345 678', '- Đã tổ chức', '@mention', '\tcột', '\r\n=A1', '\0x'])('takes %j for a formula', (text) => {
    expect(looksLikeFormula(text)).toBe(true);
  });
  it.each(['-5', '-1.234,5', 'Đã hoàn thành', '5 - 3'])('does not take %j for one', (text) => {
    expect(looksLikeFormula(text)).toBe(false);
  });
});
