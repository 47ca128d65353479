import { toOfficeValidation } from '../../../src/workbook/officejs/validationRule';

const nowhere = (): string => {
  throw new Error('no list range expected');
};

describe('toOfficeValidation', () => {
  it('writes a short list inline, without the quotes a file stores', () => {
    expect(toOfficeValidation({ type: 'list', values: ['Có', 'Không'] }, nowhere).rule).toEqual({ list: { inCellDropDown: true, source: 'Có,Không' } });
  });

  it('reads a list with commas, or too long, from a range', () => {
    const rule = toOfficeValidation({ type: 'list', values: ['Hoàn thành, đi vào hoạt động'] }, () => "'_lists'!$A$1:$A$1").rule;
    expect(rule).toEqual({ list: { inCellDropDown: true, source: "='_lists'!$A$1:$A$1" } });
  });

  it('bounds numbers and dates, with the stop alert in Vietnamese and English', () => {
    expect(toOfficeValidation({ type: 'whole', min: 2020, max: 2030 }, nowhere)).toEqual({
      rule: { wholeNumber: { operator: 'Between', formula1: 2020, formula2: 2030 } },
      errorAlert: {
        showAlert: true,
        style: 'Stop',
        title: 'Giá trị không hợp lệ',
        message: 'Đề nghị nhập một số nguyên từ 2.020 đến 2.030.\nEnter a whole number from 2020 to 2030.',
      },
    });
    expect(toOfficeValidation({ type: 'date', min: '2022-01-01', max: '2030-12-31' }, nowhere).rule).toEqual({
      date: { operator: 'Between', formula1: '2022-01-01', formula2: '2030-12-31' },
    });
    expect(toOfficeValidation({ type: 'decimal', min: 0, max: 100 }, nowhere).rule).toEqual({
      decimal: { operator: 'Between', formula1: 0, formula2: 100 },
    });
  });
});
