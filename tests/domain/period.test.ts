import fc from 'fast-check';
import { Period, parsePeriod, periodContains } from '../../src/domain/period';
import { HOSTILE_TEXTS, anyText, isWellFormed } from './vn/anyText';

const periodOf = (id: string): Period => {
  const result = parsePeriod(id);
  if (!result.ok) throw new Error(`${id}: ${result.reason_en}`);
  return result.value;
};

describe('parsePeriod', () => {
  it('reads 2022 as the calendar year, with figures cut off from 15/12/2021 to 14/12/2022', () => {
    expect(parsePeriod('2022')).toEqual({
      ok: true,
      value: {
        id: '2022',
        year: 2022,
        kind: 'year',
        index: 1,
        start: '2022-01-01',
        end: '2022-12-31',
        cutOffFrom: '2021-12-15',
        cutOffTo: '2022-12-14',
      },
    });
  });

  it('reads 2022-H1 as January–June, cut off from 15/12/2021 to 14/6/2022', () => {
    expect(periodOf('2022-H1')).toMatchObject({
      kind: 'half',
      index: 1,
      start: '2022-01-01',
      end: '2022-06-30',
      cutOffFrom: '2021-12-15',
      cutOffTo: '2022-06-14',
    });
  });

  it('reads 2022-H2 as July–December, cut off from 15/6 to 14/12/2022', () => {
    expect(periodOf('2022-H2')).toMatchObject({
      kind: 'half',
      index: 2,
      start: '2022-07-01',
      end: '2022-12-31',
      cutOffFrom: '2022-06-15',
      cutOffTo: '2022-12-14',
    });
  });

  it('reads quarters, cut off from the 15th of the month before to the 14th of their last month', () => {
    expect(periodOf('2022-Q1')).toMatchObject({
      kind: 'quarter',
      index: 1,
      start: '2022-01-01',
      end: '2022-03-31',
      cutOffFrom: '2021-12-15',
      cutOffTo: '2022-03-14',
    });
    expect(periodOf('2022-Q2')).toMatchObject({
      start: '2022-04-01',
      end: '2022-06-30',
      cutOffFrom: '2022-03-15',
      cutOffTo: '2022-06-14',
    });
    expect(periodOf('2022-Q3')).toMatchObject({
      start: '2022-07-01',
      end: '2022-09-30',
      cutOffFrom: '2022-06-15',
      cutOffTo: '2022-09-14',
    });
    expect(periodOf('2022-Q4')).toMatchObject({
      start: '2022-10-01',
      end: '2022-12-31',
      cutOffFrom: '2022-09-15',
      cutOffTo: '2022-12-14',
    });
  });

  it('accepts the id in lower case or with spaces around it, and returns it canonical', () => {
    expect(periodOf(' 2022-h1 ').id).toBe('2022-H1');
  });

  it('rejects ids that are not a year, a half or a quarter', () => {
    for (const id of ['2022-H3', '2022-Q5', '2022-Q0', '2022-M1', '22', '2022H1', 'Quý III/2022', '']) {
      expect(parsePeriod(id).ok).toBe(false);
    }
  });

  it('rejects years outside 1900–2100', () => {
    expect(parsePeriod('1899').ok).toBe(false);
    expect(parsePeriod('2101-Q1').ok).toBe(false);
  });

  it('returns a reason instead of throwing on NUL, emoji, lone surrogates or 40,000 characters', () => {
    for (const text of HOSTILE_TEXTS) {
      expect(isWellFormed(parsePeriod(text))).toBe(true);
    }
  });
});

describe('periodContains', () => {
  it('contains the first and last day of the calendar range', () => {
    const h1 = periodOf('2022-H1');
    expect(periodContains(h1, '2022-01-01')).toBe(true);
    expect(periodContains(h1, '2022-06-30')).toBe(true);
  });

  it('does not contain the days just outside it, even inside the cut-off window', () => {
    const h1 = periodOf('2022-H1');
    expect(periodContains(h1, '2021-12-31')).toBe(false);
    expect(periodContains(h1, '2022-07-01')).toBe(false);
    expect(periodContains(periodOf('2022'), '2021-12-20')).toBe(false);
  });

  it('contains nothing that is not an ISO date', () => {
    expect(periodContains(periodOf('2022'), '15/06/2022')).toBe(false);
    expect(periodContains(periodOf('2022'), '2022-06')).toBe(false);
  });
});

describe('periods, for any input', () => {
  it('parsePeriod never throws and returns a value or a reason in both languages', () => {
    fc.assert(fc.property(anyText, (text) => isWellFormed(parsePeriod(text))), { numRuns: 1000 });
  });

  const ids = fc
    .tuple(fc.integer({ min: 1900, max: 2100 }), fc.constantFrom('', '-H1', '-H2', '-Q1', '-Q2', '-Q3', '-Q4'))
    .map(([year, part]) => `${year}${part}`);

  it('gives every period a valid shape, with a cut-off window that opens before it starts and closes before it ends', () => {
    fc.assert(
      fc.property(ids, (id) => {
        const period = periodOf(id);
        expect(Period.parse(period)).toEqual(period);
        expect(period.start < period.end).toBe(true);
        expect(period.cutOffFrom < period.cutOffTo).toBe(true);
        expect(period.cutOffTo < period.end).toBe(true);
        expect(period.cutOffFrom < period.start).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('splits a year into halves and quarters that follow each other without gaps', () => {
    const dayAfter = (iso: string) => new Date(Date.parse(`${iso}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2100 }), (year) => {
        const whole = periodOf(String(year));
        for (const parts of [['H1', 'H2'], ['Q1', 'Q2', 'Q3', 'Q4']]) {
          const periods = parts.map((part) => periodOf(`${year}-${part}`));
          expect(periods[0].start).toBe(whole.start);
          expect(periods[0].cutOffFrom).toBe(whole.cutOffFrom);
          expect(periods[periods.length - 1].end).toBe(whole.end);
          expect(periods[periods.length - 1].cutOffTo).toBe(whole.cutOffTo);
          for (let i = 1; i < periods.length; i += 1) {
            expect(periods[i].start).toBe(dayAfter(periods[i - 1].end));
            expect(periods[i].cutOffFrom).toBe(dayAfter(periods[i - 1].cutOffTo));
          }
        }
      }),
      { numRuns: 1000 },
    );
  });
});
