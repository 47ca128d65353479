import { DEFAULT_DATE_FORMAT, isBuiltInTableStyle, withDateFormat } from '../../src/workbook/formats';

describe('withDateFormat', () => {
  it('gives a date cell day/month/year unless its column sets a format', () => {
    expect(withDateFormat({ bold: true })).toEqual({ bold: true, numberFormat: DEFAULT_DATE_FORMAT });
    expect(withDateFormat(undefined).numberFormat).toBe('dd/mm/yyyy');
    expect(withDateFormat({ numberFormat: 'mm/yyyy' }).numberFormat).toBe('mm/yyyy');
  });
});

describe('isBuiltInTableStyle', () => {
  it.each(['TableStyleLight1', 'TableStyleLight21', 'TableStyleMedium2', 'TableStyleMedium28', 'TableStyleDark11'])(
    'accepts %s',
    (name) => expect(isBuiltInTableStyle(name)).toBe(true),
  );

  it.each(['TableStyleLight22', 'TableStyleMedium0', 'TableStyleDark12', 'tablestylemedium2', 'MyStyle'])(
    'refuses %s, which Excel does not have',
    (name) => expect(isBuiltInTableStyle(name)).toBe(false),
  );
});
