import { decodeExcelEscapes, fromExcelValue, toExcelValue } from '../../../src/workbook/xlsx/cellValue';

describe('toExcelValue', () => {
  it('keeps text starting with "=" as text', () => {
    expect(toExcelValue('=SUM(A1)')).toBe('=SUM(A1)');
  });

  it('writes a formula without its leading "="', () => {
    expect(toExcelValue({ formula: '=SUM(E8:E47)' })).toEqual({ formula: 'SUM(E8:E47)' });
  });

  it('writes a date as UTC midnight of that day', () => {
    expect(toExcelValue({ date: '2022-02-23' })).toEqual(new Date('2022-02-23T00:00:00.000Z'));
  });
});

describe('fromExcelValue', () => {
  it('turns a JS date into an ISO day in UTC', () => {
    expect(fromExcelValue(new Date('2022-06-30T00:00:00.000Z'))).toEqual({ date: '2022-06-30' });
  });

  it('gives a hyperlink its text and a shared formula its cached result', () => {
    expect(fromExcelValue({ text: { richText: [{ text: 'Nhiệm ' }, { text: 'vụ' }] }, hyperlink: '#A1' })).toBe('Nhiệm vụ');
    expect(fromExcelValue({ sharedFormula: 'A1', result: 3 })).toBe(3);
  });
});

describe('decodeExcelEscapes', () => {
  it('decodes _xHHHH_ and leaves other underscores alone', () => {
    expect(decodeExcelEscapes('a_x000A_b_c')).toBe('a\nb_c');
  });
});
