import fc from 'fast-check';
import {
  excelSerialToIso,
  formatVnDate,
  isoToExcelSerial,
  parseVnDate,
  parseYearlyDay,
} from '../../../src/domain/vn/date';
import { HOSTILE_TEXTS, anyText, isWellFormed } from './anyText';

const day = (iso: string) => ({ ok: true, value: iso });

/** Every ISO date from 01/01/1900 to 31/12/2100. */
const isoDates = fc
  .date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2100, 11, 31)), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));

describe('parseVnDate', () => {
  it('reads 23/02/2022, day first', () => {
    expect(parseVnDate('23/02/2022')).toEqual(day('2022-02-23'));
  });

  it('reads days and months written with one digit: 23/2/2022, 25/7/2022', () => {
    expect(parseVnDate('23/2/2022')).toEqual(day('2022-02-23'));
    expect(parseVnDate('25/7/2022')).toEqual(day('2022-07-25'));
  });

  it('reads dashes and dots as separators: 20-01-2022, 20.01.2022', () => {
    expect(parseVnDate('20-01-2022')).toEqual(day('2022-01-20'));
    expect(parseVnDate('20.01.2022')).toEqual(day('2022-01-20'));
  });

  it('reads the worded form of official documents: ngày 23 tháng 02 năm 2022', () => {
    expect(parseVnDate('ngày 23 tháng 02 năm 2022')).toEqual(day('2022-02-23'));
    expect(parseVnDate('Ngày 14 tháng 6 năm 2022')).toEqual(day('2022-06-14'));
    expect(parseVnDate('NGÀY 14 THÁNG 6 NĂM 2022')).toEqual(day('2022-06-14'));
    expect(parseVnDate('  ngày 31  tháng 12 năm 2018 ')).toEqual(day('2018-12-31'));
  });

  it('reads a numeric date after "ngày": ngày 23/02/2022', () => {
    expect(parseVnDate('ngày 23/02/2022')).toEqual(day('2022-02-23'));
  });

  it('rejects a day the month does not have, and says how many days it has', () => {
    const result = parseVnDate('31/02/2022');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason_vi).toContain('28');
    expect(parseVnDate('31/04/2022').ok).toBe(false);
    expect(parseVnDate('00/01/2022').ok).toBe(false);
  });

  it('knows leap years: 29/02/2024 and 29/02/2000 exist, 29/02/2023 and 29/02/1900 do not', () => {
    expect(parseVnDate('29/02/2024')).toEqual(day('2024-02-29'));
    expect(parseVnDate('29/02/2000')).toEqual(day('2000-02-29'));
    expect(parseVnDate('29/02/2023').ok).toBe(false);
    expect(parseVnDate('29/02/1900').ok).toBe(false);
  });

  it('rejects month 13, the sign of a month-first date, and asks for the day first', () => {
    const result = parseVnDate('02/13/2022');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason_en).toContain('day first');
  });

  it('accepts years 1900 to 2100 only', () => {
    expect(parseVnDate('01/01/1900')).toEqual(day('1900-01-01'));
    expect(parseVnDate('31/12/2100')).toEqual(day('2100-12-31'));
    expect(parseVnDate('31/12/1899').ok).toBe(false);
    expect(parseVnDate('01/01/2101').ok).toBe(false);
  });

  it('rejects two-digit years, mixed separators and text that is not a date', () => {
    for (const text of ['23/02/22', '23/02-2022', '2022-02-23', 'Quý III/2022', '', 'tháng 02 năm 2022']) {
      expect(parseVnDate(text).ok).toBe(false);
    }
  });

  it('returns a reason instead of throwing on NUL, emoji, lone surrogates or 40,000 characters', () => {
    for (const text of HOSTILE_TEXTS) {
      expect(isWellFormed(parseVnDate(text))).toBe(true);
    }
  });
});

describe('parseYearlyDay', () => {
  it('reads 15/12 hàng năm as the 15th of December every year', () => {
    expect(parseYearlyDay('15/12 hàng năm')).toEqual({ ok: true, value: { day: 15, month: 12 } });
  });

  it('reads the deadline as the documents phrase it: trước ngày 15/12 hàng năm, hằng năm, or bare', () => {
    expect(parseYearlyDay('trước ngày 15/12 hàng năm')).toEqual({ ok: true, value: { day: 15, month: 12 } });
    expect(parseYearlyDay('Trước ngày 15/11 hằng năm')).toEqual({ ok: true, value: { day: 15, month: 11 } });
    expect(parseYearlyDay('15/12')).toEqual({ ok: true, value: { day: 15, month: 12 } });
  });

  it('rejects a day that does not come every year, 29/02 included', () => {
    expect(parseYearlyDay('31/02').ok).toBe(false);
    expect(parseYearlyDay('29/02 hàng năm').ok).toBe(false);
    expect(parseYearlyDay('15/13').ok).toBe(false);
  });

  it('rejects a full date, which is not a yearly deadline', () => {
    expect(parseYearlyDay('15/12/2022').ok).toBe(false);
  });
});

describe('formatVnDate', () => {
  it('writes 2022-02-23 as 23/02/2022', () => {
    expect(formatVnDate('2022-02-23')).toBe('23/02/2022');
  });

  it('returns text that is not an ISO date unchanged', () => {
    expect(formatVnDate('Hàng năm')).toBe('Hàng năm');
  });
});

describe('excelSerialToIso', () => {
  it('reads 44615 as 23/02/2022', () => {
    expect(excelSerialToIso(44615)).toEqual(day('2022-02-23'));
  });

  it('counts serial 1 as 01/01/1900 and 59 as 28/02/1900', () => {
    expect(excelSerialToIso(1)).toEqual(day('1900-01-01'));
    expect(excelSerialToIso(59)).toEqual(day('1900-02-28'));
  });

  it("rejects serial 60, Excel's fictitious 29/02/1900, and reads 61 as 01/03/1900", () => {
    expect(excelSerialToIso(60).ok).toBe(false);
    expect(excelSerialToIso(61)).toEqual(day('1900-03-01'));
  });

  it('drops the time of day', () => {
    expect(excelSerialToIso(44615.75)).toEqual(day('2022-02-23'));
  });

  it('rejects serials before 1900, after 2100, and non-finite values', () => {
    for (const serial of [0, -1, 0.5, isoToExcelSerial('2100-12-31') + 1, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(excelSerialToIso(serial).ok).toBe(false);
    }
  });
});

describe('isoToExcelSerial', () => {
  it('writes 2022-02-23 as 44615', () => {
    expect(isoToExcelSerial('2022-02-23')).toBe(44615);
  });

  it("skips Excel's fictitious 29/02/1900: 28/02/1900 is 59, 01/03/1900 is 61", () => {
    expect(isoToExcelSerial('1900-01-01')).toBe(1);
    expect(isoToExcelSerial('1900-02-28')).toBe(59);
    expect(isoToExcelSerial('1900-03-01')).toBe(61);
  });

  it('gives NaN for text that is not a date in 1900–2100', () => {
    for (const text of ['2022-02-30', '1899-12-31', '2101-01-01', '23/02/2022', '']) {
      expect(isoToExcelSerial(text)).toBeNaN();
    }
  });
});

describe('Vietnamese dates, for any input', () => {
  it('parseVnDate never throws and returns a value or a reason in both languages', () => {
    fc.assert(fc.property(anyText, (text) => isWellFormed(parseVnDate(text))), { numRuns: 1000 });
  });

  it('parseYearlyDay never throws and returns a value or a reason in both languages', () => {
    fc.assert(fc.property(anyText, (text) => isWellFormed(parseYearlyDay(text))), { numRuns: 1000 });
  });

  it('excelSerialToIso never throws and returns a value or a reason in both languages', () => {
    fc.assert(fc.property(fc.double(), (serial) => isWellFormed(excelSerialToIso(serial))), { numRuns: 1000 });
  });

  it('excelSerialToIso reads back every date isoToExcelSerial writes', () => {
    fc.assert(
      fc.property(isoDates, (iso) => {
        expect(excelSerialToIso(isoToExcelSerial(iso))).toEqual(day(iso));
      }),
      { numRuns: 1000 },
    );
  });

  it('parseVnDate reads back every date formatVnDate writes', () => {
    fc.assert(
      fc.property(isoDates, (iso) => {
        expect(parseVnDate(formatVnDate(iso))).toEqual(day(iso));
      }),
      { numRuns: 1000 },
    );
  });
});
