import { fromCell, optionFor, splitJoined, toCell } from '../../src/layout/cells';
import { shippedLayouts } from './fixtures';

const { lists } = shippedLayouts();

describe('toCell', () => {
  it('joins arrays, leaves empty text empty and writes dates and list labels', () => {
    expect(toCell({ kind: 'text', join: ' | ' }, ['Sở KH&ĐT', 'Sở KHĐT'], lists)).toBe('Sở KH&ĐT | Sở KHĐT');
    expect(toCell({ kind: 'text', join: ' | ' }, [], lists)).toBeNull();
    expect(toCell({ kind: 'text' }, '', lists)).toBeNull();
    expect(toCell({ kind: 'date' }, '2022-02-23', lists)).toEqual({ date: '2022-02-23' });
    expect(toCell({ kind: 'list', list: 'projectProgress' }, 'operating', lists)).toBe('Hoàn thành, đi vào hoạt động');
    expect(toCell({ kind: 'agency', part: 'id', join: '; ' }, [{ agencyId: 'kg.sct', asWritten: 'SCT' }], lists)).toBe('kg.sct');
  });
});

describe('fromCell', () => {
  it('reads numbers typed as text in either locale', () => {
    expect(fromCell({ kind: 'number' }, '1.234,5', lists)).toEqual({ ok: true, value: 1234.5 });
    expect(fromCell({ kind: 'number' }, '1,234.5', lists)).toEqual({ ok: true, value: 1234.5 });
    expect(fromCell({ kind: 'percent', min: 0, max: 100 }, '50%', lists)).toEqual({ ok: true, value: 50 });
  });

  it('rejects what it cannot read for certain, with the code of the finding', () => {
    expect(fromCell({ kind: 'number' }, '1,234', lists)).toMatchObject({ ok: false, code: 'invalid-number' });
    expect(fromCell({ kind: 'integer' }, 2025.5, lists)).toMatchObject({ ok: false, code: 'invalid-number' });
    expect(fromCell({ kind: 'percent', min: 0, max: 100 }, 120, lists)).toMatchObject({ ok: false, code: 'out-of-range', expected: '0–100' });
    expect(fromCell({ kind: 'date' }, '31/02/2022', lists)).toMatchObject({ ok: false, code: 'invalid-date' });
    expect(fromCell({ kind: 'list', list: 'taskStatus' }, 'Sắp xong', lists)).toMatchObject({ ok: false, code: 'invalid-enum' });
  });

  it('reads dates as Excel serials, date cells, ISO and dd/mm/yyyy text', () => {
    expect(fromCell({ kind: 'date' }, 44615, lists)).toEqual({ ok: true, value: '2022-02-23' });
    expect(fromCell({ kind: 'date' }, { date: '2022-02-23' }, lists)).toEqual({ ok: true, value: '2022-02-23' });
    expect(fromCell({ kind: 'date' }, '2022-02-23', lists)).toEqual({ ok: true, value: '2022-02-23' });
    expect(fromCell({ kind: 'date' }, '23/2/2022', lists)).toEqual({ ok: true, value: '2022-02-23' });
  });

  it('reads an empty or blank cell as null, leaving the meaning to the column', () => {
    expect(fromCell({ kind: 'number' }, '   ', lists)).toEqual({ ok: true, value: null });
    expect(fromCell({ kind: 'text' }, null, lists)).toEqual({ ok: true, value: null });
  });
});

describe('optionFor', () => {
  it.each([
    ['Đã hoàn thành', 'done'],
    ['hoan thanh', 'done'],
    ['HT', 'done'],
    ['  Đang  triển khai ', 'in-progress'],
    ['chấm dứt, thu hồi', 'terminated'],
  ])('reads "%s" by its meaning', (text, value) => {
    const options = value === 'terminated' ? lists.projectProgress : lists.taskStatus;
    expect(optionFor(options, text)?.value).toBe(value);
  });
});

describe('splitJoined', () => {
  it('splits on the separator without its spaces and drops empty items', () => {
    expect(splitJoined('a | b|c |  ', ' | ')).toEqual(['a', 'b', 'c']);
  });
});
