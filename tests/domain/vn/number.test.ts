import fc from 'fast-check';
import { formatVnNumber, parseCellNumber, parseVnNumber } from '../../../src/domain/vn/number';
import { HOSTILE_TEXTS, anyText, isWellFormed } from './anyText';

const figure = (value: number, valueMax: number | null = null, unit: string | null = null) => ({
  ok: true,
  value: { value, valueMax, unit },
});

describe('parseVnNumber', () => {
  it('reads 7.100 as seven thousand one hundred: a dot groups thousands', () => {
    expect(parseVnNumber('7.100')).toEqual(figure(7100));
    expect(parseVnNumber('1.000')).toEqual(figure(1000));
  });

  it('reads 96,71 as ninety-six point seven one: a comma marks decimals', () => {
    expect(parseVnNumber('96,71')).toEqual(figure(96.71));
  });

  it('reads 113.062,026 with both thousands and decimals', () => {
    expect(parseVnNumber('113.062,026')).toEqual(figure(113062.026));
    expect(parseVnNumber('2.300.000')).toEqual(figure(2300000));
  });

  it('reads 2342, written without a separator', () => {
    expect(parseVnNumber('2342')).toEqual(figure(2342));
  });

  it('reads a range 8,0-8,5 with a hyphen, an en dash or an em dash, spaced or not', () => {
    for (const text of ['8,0-8,5', '8,0–8,5', '8,0 — 8,5', '8,0 - 8,5']) {
      expect(parseVnNumber(text)).toEqual(figure(8, 8.5));
    }
  });

  it('keeps the unit after the number, trimmed', () => {
    expect(parseVnNumber('50,38%')).toEqual(figure(50.38, null, '%'));
    expect(parseVnNumber('133,95ha')).toEqual(figure(133.95, null, 'ha'));
    expect(parseVnNumber('548,80 ha')).toEqual(figure(548.8, null, 'ha'));
    expect(parseVnNumber('69.765 tỷ đồng')).toEqual(figure(69765, null, 'tỷ đồng'));
    expect(parseVnNumber('12,28%/năm')).toEqual(figure(12.28, null, '%/năm'));
    expect(parseVnNumber('10,10 %/năm')).toEqual(figure(10.1, null, '%/năm'));
    expect(parseVnNumber('209 triệu đồng/lao động/năm')).toEqual(figure(209, null, 'triệu đồng/lao động/năm'));
    expect(parseVnNumber('4.000 tấn/năm')).toEqual(figure(4000, null, 'tấn/năm'));
    expect(parseVnNumber('8,0-8,5%')).toEqual(figure(8, 8.5, '%'));
    expect(parseVnNumber('250.000 m³')).toEqual(figure(250000, null, 'm³'));
  });

  it('reads the unit the same whether the text is composed or decomposed Unicode', () => {
    expect(parseVnNumber('69.765 tỷ đồng'.normalize('NFD'))).toEqual(figure(69765, null, 'tỷ đồng'));
  });

  it('reads a minus joined to the digits as a negative number', () => {
    expect(parseVnNumber('-1.234,5')).toEqual(figure(-1234.5));
    expect(parseVnNumber('−3')).toEqual(figure(-3));
  });

  it('rejects a dot group of other than three digits instead of reading it as an English decimal', () => {
    for (const text of ['4.0', '12.34', '7.10', '1.0000', '0.100']) {
      const result = parseVnNumber(text);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.reason_vi).toContain('7.100');
    }
  });

  it('rejects a reversed range', () => {
    const result = parseVnNumber('8,5-8,0');
    expect(result).toMatchObject({ ok: false });
    if (!result.ok) expect(result.reason_en).toContain('reversed');
  });

  it('rejects text that is not one figure: words, sentences, bullets, stray separators', () => {
    for (const text of ['', '   ', 'Quý III', 'khoảng 50%', '7.100 tỷ đồng, chiếm 50%', '- 5', ',5', '5,', '1 000']) {
      expect(parseVnNumber(text).ok).toBe(false);
    }
  });

  it('rejects a number too large to hold', () => {
    expect(parseVnNumber('9'.repeat(400)).ok).toBe(false);
  });

  it('returns a reason instead of throwing on NUL, emoji, lone surrogates or 40,000 characters', () => {
    for (const text of HOSTILE_TEXTS) {
      expect(isWellFormed(parseVnNumber(text))).toBe(true);
    }
  });
});

describe('parseCellNumber', () => {
  it('takes a JS number as it is: a 0.5 formatted as percent stays 0.5', () => {
    expect(parseCellNumber(0.5)).toEqual({ ok: true, value: 0.5 });
    expect(parseCellNumber(-12)).toEqual({ ok: true, value: -12 });
  });

  it('rejects NaN and infinities', () => {
    expect(parseCellNumber(Number.NaN).ok).toBe(false);
    expect(parseCellNumber(Number.POSITIVE_INFINITY).ok).toBe(false);
  });

  it('rejects TRUE/FALSE', () => {
    expect(parseCellNumber(true).ok).toBe(false);
    expect(parseCellNumber(false).ok).toBe(false);
  });

  it('rejects an empty cell, leaving what empty means to the caller', () => {
    for (const value of [null, '', '   ']) {
      expect(parseCellNumber(value).ok).toBe(false);
    }
  });

  it('reads 2342 without a separator', () => {
    expect(parseCellNumber('2342')).toEqual({ ok: true, value: 2342 });
  });

  it('reads 1.234,5 and 1,234.5 alike: with both separators the last one marks decimals', () => {
    expect(parseCellNumber('1.234,5')).toEqual({ ok: true, value: 1234.5 });
    expect(parseCellNumber('1,234.5')).toEqual({ ok: true, value: 1234.5 });
    expect(parseCellNumber('1.234.567,89')).toEqual({ ok: true, value: 1234567.89 });
    expect(parseCellNumber('1,234,567.89')).toEqual({ ok: true, value: 1234567.89 });
  });

  it('reads one separator repeated in groups of three as thousands, in either locale', () => {
    expect(parseCellNumber('1.234.567')).toEqual({ ok: true, value: 1234567 });
    expect(parseCellNumber('1,234,567')).toEqual({ ok: true, value: 1234567 });
  });

  it('reads 1.234 as 1234: a single dot before three digits is a Vietnamese thousands separator', () => {
    expect(parseCellNumber('1.234')).toEqual({ ok: true, value: 1234 });
    expect(parseCellNumber('7.100')).toEqual({ ok: true, value: 7100 });
  });

  it('rejects 1,234 as ambiguous and asks the officer to type 1234 or a decimal such as 1,2', () => {
    const result = parseCellNumber('1,234');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.reason_vi).toContain('1234');
      expect(result.reason_vi).toContain('1,2');
      expect(result.reason_en).toContain('1234');
    }
  });

  it('reads a single comma before other than three digits as a decimal: 96,71', () => {
    expect(parseCellNumber('96,71')).toEqual({ ok: true, value: 96.71 });
    expect(parseCellNumber('1,5')).toEqual({ ok: true, value: 1.5 });
    expect(parseCellNumber('1,2345')).toEqual({ ok: true, value: 1.2345 });
  });

  it('reads a single dot before other than three digits as a decimal: 12.5', () => {
    expect(parseCellNumber('12.5')).toEqual({ ok: true, value: 12.5 });
    expect(parseCellNumber('0.5')).toEqual({ ok: true, value: 0.5 });
  });

  it('reads a separator after a lone 0 or after four or more digits as a decimal, the only reading left', () => {
    expect(parseCellNumber('0,125')).toEqual({ ok: true, value: 0.125 });
    expect(parseCellNumber('0.125')).toEqual({ ok: true, value: 0.125 });
    expect(parseCellNumber('1234,567')).toEqual({ ok: true, value: 1234.567 });
    expect(parseCellNumber('1234.567')).toEqual({ ok: true, value: 1234.567 });
  });

  it('reads 50% as 50, the value as typed', () => {
    expect(parseCellNumber('50%')).toEqual({ ok: true, value: 50 });
    expect(parseCellNumber('50,38 %')).toEqual({ ok: true, value: 50.38 });
  });

  it('reads a leading minus as a negative number', () => {
    expect(parseCellNumber('-12,5')).toEqual({ ok: true, value: -12.5 });
    expect(parseCellNumber('−3')).toEqual({ ok: true, value: -3 });
    expect(parseCellNumber(' -1.234,5 ')).toEqual({ ok: true, value: -1234.5 });
  });

  it('rejects malformed groups and stray separators', () => {
    for (const text of ['1.23.4', '1,2.34', '1.234.5', '12,34,56', '1..5', '5,', '.5', '1 234', '+5']) {
      expect(parseCellNumber(text).ok).toBe(false);
    }
  });

  it('rejects units other than %, since the column fixes the unit', () => {
    expect(parseCellNumber('12 tỷ').ok).toBe(false);
    expect(parseCellNumber('khoảng 50').ok).toBe(false);
  });

  it('returns a reason instead of throwing on NUL, emoji, lone surrogates or 40,000 characters', () => {
    for (const text of HOSTILE_TEXTS) {
      expect(isWellFormed(parseCellNumber(text))).toBe(true);
    }
  });
});

describe('formatVnNumber', () => {
  it('writes 7100 as 7.100 and 96.71 as 96,71', () => {
    expect(formatVnNumber(7100)).toBe('7.100');
    expect(formatVnNumber(96.71)).toBe('96,71');
  });

  it('writes exactly the decimals asked for: 113062.026 with 3 is 113.062,026', () => {
    expect(formatVnNumber(113062.026, 3)).toBe('113.062,026');
    expect(formatVnNumber(96.7, 2)).toBe('96,70');
    expect(formatVnNumber(7100.4, 0)).toBe('7.100');
  });

  it('writes as many decimals as needed, up to 3, without trailing zeros, by default', () => {
    expect(formatVnNumber(1.5)).toBe('1,5');
    expect(formatVnNumber(2)).toBe('2');
    expect(formatVnNumber(1.23456)).toBe('1,235');
    expect(formatVnNumber(0.0001)).toBe('0');
  });

  it('groups every three digits', () => {
    expect(formatVnNumber(0)).toBe('0');
    expect(formatVnNumber(999)).toBe('999');
    expect(formatVnNumber(1234567)).toBe('1.234.567');
    expect(formatVnNumber(1e21)).toBe('1.000.000.000.000.000.000.000');
  });

  it('writes negatives with a leading minus, and no minus on a value that rounds to zero', () => {
    expect(formatVnNumber(-1234.5)).toBe('-1.234,5');
    expect(formatVnNumber(-0.0001)).toBe('0');
  });
});

describe('Vietnamese numbers, for any input', () => {
  it('parseVnNumber never throws and returns a value or a reason in both languages', () => {
    fc.assert(fc.property(anyText, (text) => isWellFormed(parseVnNumber(text))), { numRuns: 1000 });
  });

  it('parseCellNumber never throws and returns a value or a reason in both languages', () => {
    const cell = fc.oneof(anyText, fc.double(), fc.boolean(), fc.constant(null));
    fc.assert(fc.property(cell, (value) => isWellFormed(parseCellNumber(value))), { numRuns: 1000 });
  });

  it('parseVnNumber reads back every integer formatVnNumber writes', () => {
    fc.assert(
      fc.property(fc.maxSafeInteger(), (value) => {
        expect(parseVnNumber(formatVnNumber(value))).toEqual(figure(value));
      }),
      { numRuns: 1000 },
    );
  });

  it('parseVnNumber reads back every two-decimal value formatVnNumber writes', () => {
    const hundredths = fc.integer({ min: -1e13, max: 1e13 }).map((cents) => cents / 100);
    fc.assert(
      fc.property(hundredths, (value) => {
        expect(parseVnNumber(formatVnNumber(value))).toEqual(figure(value));
      }),
      { numRuns: 1000 },
    );
  });

  it('parseCellNumber never reads a Vietnamese-written number differently from parseVnNumber', () => {
    const thousandths = fc.integer({ min: -1e12, max: 1e12 }).map((units) => units / 1000);
    fc.assert(
      fc.property(thousandths, (value) => {
        const text = formatVnNumber(value);
        const cell = parseCellNumber(text);
        const document = parseVnNumber(text);
        return !cell.ok || (document.ok && document.value.value === cell.value);
      }),
      { numRuns: 1000 },
    );
  });
});
