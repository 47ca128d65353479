import { decodeExcelEscapes, fromExcelValue, isoToUtcDate, toExcelValue, unwritableReason } from '../../../src/workbook/xlsx/cellValue';

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

describe('isoToUtcDate', () => {
  it('refuses days that do not exist', () => {
    expect(isoToUtcDate('2022-02-29')).toBeNull();
    expect(isoToUtcDate('2024-02-29')).toEqual(new Date('2024-02-29T00:00:00.000Z'));
    expect(isoToUtcDate('23/02/2022')).toBeNull();
  });
});

describe('unwritableReason', () => {
  it('names values Excel cannot hold', () => {
    expect(unwritableReason(Number.NaN)).toContain('not finite');
    expect(unwritableReason('x'.repeat(32_768))).toContain('32767');
    expect(unwritableReason({ formula: '=' })).toContain('empty formula');
    expect(unwritableReason('x'.repeat(32_767))).toBeNull();
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
