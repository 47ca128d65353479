import { isoToExcelSerial } from '../../../src/domain/vn/date';
import { fromOfficeCell, fromOfficeValue, isDateFormat, isTextColumn, toOfficeCell } from '../../../src/workbook/officejs/cellValues';

describe('toOfficeCell', () => {
  it('writes every string as text, whatever it looks like', () => {
    for (const text of ['=1+1', '+1', '-5', '@A1', '\t=1', '07', 'Hoàn thành']) {
      expect(toOfficeCell(text, { numberFormat: '#,##0' })).toEqual({ value: text, isFormula: false, numberFormat: '@' });
    }
  });

  it('writes numbers as numbers with their column format', () => {
    expect(toOfficeCell(-5, { numberFormat: '0.0' })).toEqual({ value: -5, isFormula: false, numberFormat: '0.0' });
    expect(toOfficeCell(true, undefined)).toEqual({ value: true, isFormula: false, numberFormat: null });
  });

  it('writes a date as its Excel serial with a day-first date format unless the column sets one', () => {
    expect(toOfficeCell({ date: '2022-02-23' }, undefined)).toEqual({ value: isoToExcelSerial('2022-02-23'), isFormula: false, numberFormat: 'dd/mm/yyyy' });
    expect(toOfficeCell({ date: '2022-02-23' }, { numberFormat: 'yyyy' }).numberFormat).toBe('yyyy');
  });

  it('writes only the product’s own formulas as formulas, with one leading =', () => {
    expect(toOfficeCell({ formula: 'SUM(A1:A3)' }, undefined)).toEqual({ value: '=SUM(A1:A3)', isFormula: true, numberFormat: null });
    expect(toOfficeCell({ formula: '=A1' }, undefined).value).toBe('=A1');
  });

  it('leaves an empty cell untouched, text-formatted in a text column', () => {
    expect(toOfficeCell(null, { numberFormat: '0.0' })).toEqual({ value: null, isFormula: false, numberFormat: '0.0' });
    expect(toOfficeCell(null, undefined, true).numberFormat).toBe('@');
  });
});

describe('isTextColumn', () => {
  it('is a column holding text and nothing else', () => {
    expect(isTextColumn(['a', null, 'b'])).toBe(true);
    expect(isTextColumn(['a', 1])).toBe(false);
    expect(isTextColumn([null, null])).toBe(false);
  });
});

describe('isDateFormat', () => {
  it('recognises day, month and year codes outside quotes, brackets and escapes', () => {
    expect(isDateFormat('dd/mm/yyyy')).toBe(true);
    expect(isDateFormat('[$-42A]d mmmm yyyy')).toBe(true);
    expect(isDateFormat('#,##0.00')).toBe(false);
    expect(isDateFormat('0.0 "ngày"')).toBe(false);
    expect(isDateFormat('[Red]0')).toBe(false);
    expect(isDateFormat('0\\d')).toBe(false);
    expect(isDateFormat('General')).toBe(false);
  });
});

describe('fromOfficeValue', () => {
  it('reads a number in a date-formatted cell as a date, and an empty string as empty', () => {
    expect(fromOfficeValue(isoToExcelSerial('2022-06-30'), 'd/m/yyyy')).toEqual({ date: '2022-06-30' });
    expect(fromOfficeValue(44742, 'General')).toBe(44742);
    expect(fromOfficeValue('', 'General')).toBeNull();
  });
});

describe('fromOfficeCell', () => {
  it('keeps a formula without its = and its cached result', () => {
    expect(fromOfficeCell(6, '=A1*2', 'General')).toEqual({ value: 6, formula: 'A1*2' });
  });

  it('does not mistake text that starts with = for a formula', () => {
    expect(fromOfficeCell('=A1', '=A1', '@')).toEqual({ value: '=A1', numberFormat: '@' });
  });

  it('reads an empty cell as null', () => {
    expect(fromOfficeCell('', '', 'General')).toBeNull();
  });
});
