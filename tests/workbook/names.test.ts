import { excelNameKey, findNamed } from '../../src/workbook/names';

describe('findNamed', () => {
  const sheets = [{ name: 'NHIỆM VỤ' }, { name: 'Nhiệm vụ' }, { name: 'Dự án' }];

  it('finds the sheet spelt exactly so first', () => {
    expect(findNamed(sheets, 'Nhiệm vụ')).toBe(sheets[1]);
  });

  it('else finds one that differs only in case, as Excel does', () => {
    expect(findNamed(sheets, 'dự án')).toBe(sheets[2]);
    expect(findNamed(sheets, 'Chỉ tiêu')).toBeUndefined();
  });
});

describe('excelNameKey', () => {
  it('compares Vietnamese names regardless of case, but not of accents', () => {
    expect(excelNameKey('NHIỆM VỤ')).toBe(excelNameKey('Nhiệm vụ'));
    expect(excelNameKey('Nhiem vu')).not.toBe(excelNameKey('Nhiệm vụ'));
  });
});
