import fc from 'fast-check';
import { dueDates, parseTimeFrame } from '../../../src/domain/vn/timeFrame';
import { HOSTILE_TEXTS, anyText, isWellFormed } from './anyText';

const plan = { fromYear: 2022, toYear: 2025 };

describe('parseTimeFrame', () => {
  it('reads 2022 as one year', () => {
    expect(parseTimeFrame('2022')).toEqual({ ok: true, value: { kind: 'year', year: 2022 } });
  });

  it('reads 2022-2025 and 2021 - 2030 as spans', () => {
    expect(parseTimeFrame('2022-2025')).toEqual({ ok: true, value: { kind: 'span', from: 2022, to: 2025 } });
    expect(parseTimeFrame('2021 - 2030')).toEqual({ ok: true, value: { kind: 'span', from: 2021, to: 2030 } });
  });

  it('reads a span written with an en dash or an em dash', () => {
    expect(parseTimeFrame('2022–2025')).toEqual({ ok: true, value: { kind: 'span', from: 2022, to: 2025 } });
    expect(parseTimeFrame('2022 — 2025')).toEqual({ ok: true, value: { kind: 'span', from: 2022, to: 2025 } });
  });

  it('reads a span of one year, 2022-2022, as that year', () => {
    expect(parseTimeFrame('2022-2022')).toEqual({ ok: true, value: { kind: 'year', year: 2022 } });
  });

  it('reads Hàng năm (every year) as recurring, in any case and either spelling', () => {
    for (const text of ['Hàng năm', 'hàng năm', 'HÀNG NĂM', 'Hằng năm', ' Hàng  năm ']) {
      expect(parseTimeFrame(text)).toEqual({ ok: true, value: { kind: 'recurring' } });
    }
  });

  it('reads Thường xuyên (regularly) as recurring: such a task is judged every year', () => {
    expect(parseTimeFrame('Thường xuyên')).toEqual({ ok: true, value: { kind: 'recurring' } });
  });

  it('reads an empty or blank cell as no time frame', () => {
    expect(parseTimeFrame('')).toEqual({ ok: true, value: { kind: 'none' } });
    expect(parseTimeFrame(' \t\n')).toEqual({ ok: true, value: { kind: 'none' } });
  });

  it('rejects a reversed span and shows it the right way round', () => {
    const result = parseTimeFrame('2025-2022');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason_vi).toContain('2022-2025');
  });

  it('rejects Quý III/2022 with a reason instead of guessing a quarter', () => {
    const result = parseTimeFrame('Quý III/2022');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.reason_vi).toContain('Hàng năm');
      expect(result.reason_en).toContain('2022-2025');
    }
  });

  it('rejects other phrasings and years outside 1900–2100', () => {
    for (const text of ['6 tháng đầu năm 2022', 'Năm 2022', '22', '1899', '2022-2101', '2022/2025']) {
      expect(parseTimeFrame(text).ok).toBe(false);
    }
  });

  it('returns a reason instead of throwing on NUL, emoji, lone surrogates or 40,000 characters', () => {
    for (const text of HOSTILE_TEXTS) {
      expect(isWellFormed(parseTimeFrame(text))).toBe(true);
    }
  });
});

describe('dueDates', () => {
  it('gives a year frame the 31/12 of that year', () => {
    expect(dueDates({ kind: 'year', year: 2022 }, plan)).toEqual(['2022-12-31']);
  });

  it('gives a span the 31/12 of its last year', () => {
    expect(dueDates({ kind: 'span', from: 2022, to: 2025 }, plan)).toEqual(['2025-12-31']);
  });

  it('gives a recurring frame one 31/12 per plan year', () => {
    expect(dueDates({ kind: 'recurring' }, plan)).toEqual(['2022-12-31', '2023-12-31', '2024-12-31', '2025-12-31']);
  });

  it('puts recurring due dates on the yearly reporting day when there is one (15/12 hàng năm)', () => {
    expect(dueDates({ kind: 'recurring' }, { ...plan, yearlyDue: { day: 15, month: 12 } })).toEqual([
      '2022-12-15',
      '2023-12-15',
      '2024-12-15',
      '2025-12-15',
    ]);
  });

  it('moves a yearly day missing in some year to the last day of its month', () => {
    expect(dueDates({ kind: 'recurring' }, { fromYear: 2023, toYear: 2024, yearlyDue: { day: 29, month: 2 } })).toEqual([
      '2023-02-28',
      '2024-02-29',
    ]);
  });

  it('gives no due date to a recurring frame over an empty period, nor to no time frame', () => {
    expect(dueDates({ kind: 'recurring' }, { fromYear: 2025, toYear: 2022 })).toEqual([]);
    expect(dueDates({ kind: 'none' }, plan)).toEqual([]);
  });
});

describe('time frames, for any input', () => {
  it('parseTimeFrame never throws and returns a value or a reason in both languages', () => {
    fc.assert(fc.property(anyText, (text) => isWellFormed(parseTimeFrame(text))), { numRuns: 1000 });
  });

  it('reads every span of years however it is dashed and spaced', () => {
    const year = fc.integer({ min: 1900, max: 2100 });
    const dash = fc.constantFrom('-', '–', '—');
    const space = fc.constantFrom('', ' ', '  ');
    fc.assert(
      fc.property(year, year, dash, space, (a, b, d, s) => {
        const [from, to] = a < b ? [a, b] : [b, a];
        const expected = from === to ? { kind: 'year', year: from } : { kind: 'span', from, to };
        expect(parseTimeFrame(`${from}${s}${d}${s}${to}`)).toEqual({ ok: true, value: expected });
      }),
      { numRuns: 1000 },
    );
  });

  it('gives every recurring frame one due date per year, in order', () => {
    const year = fc.integer({ min: 1900, max: 2100 });
    fc.assert(
      fc.property(year, fc.integer({ min: 0, max: 30 }), (fromYear, length) => {
        const dates = dueDates({ kind: 'recurring' }, { fromYear, toYear: fromYear + length });
        expect(dates).toHaveLength(length + 1);
        expect([...dates].sort()).toEqual(dates);
      }),
      { numRuns: 1000 },
    );
  });
});
