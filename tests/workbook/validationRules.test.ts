import { inlineList, invalidValidationReason, validationError } from '../../src/workbook/validationRules';

describe('inlineList', () => {
  it('joins values with commas inside quotes', () => {
    expect(inlineList(['Chưa triển khai', 'Hoàn thành'])).toBe('"Chưa triển khai,Hoàn thành"');
  });

  it('accepts a list of exactly 255 characters with its quotes, and no longer', () => {
    const fits = ['x'.repeat(100), 'y'.repeat(152)];
    expect(inlineList(fits)?.length).toBe(255);
    expect(inlineList([...fits.slice(0, 1), 'y'.repeat(153)])).toBeNull();
  });

  it('refuses values with a comma or a quote, which Excel would split or misread', () => {
    expect(inlineList(['Hoàn thành, đi vào hoạt động', 'Tạm dừng'])).toBeNull();
    expect(inlineList(['Dự án "Cảng"'])).toBeNull();
  });
});

describe('invalidValidationReason', () => {
  it.each([
    [{ type: 'list', values: [] } as const, 'at least one value'],
    [{ type: 'list', values: ['Hoàn thành', ' '] } as const, 'empty'],
    [{ type: 'whole', min: 0.5, max: 3 } as const, 'whole'],
    [{ type: 'decimal', min: 0, max: Number.POSITIVE_INFINITY } as const, 'finite'],
    [{ type: 'date', min: '2025-01-01', max: '2022-01-01' } as const, 'after'],
    [{ type: 'date', min: '01/01/2022', max: '2025-01-01' } as const, 'YYYY-MM-DD'],
  ])('explains why %o cannot be written', (validation, reason) => {
    expect(invalidValidationReason(validation)).toContain(reason);
  });

  it('accepts a sound validation', () => {
    expect(invalidValidationReason({ type: 'decimal', min: 0, max: 100 })).toBeNull();
  });
});

describe('validationError', () => {
  it('tells the officer in Vietnamese, then in English, what to enter', () => {
    expect(validationError({ type: 'list', values: ['Có'] })).toEqual({
      title: 'Giá trị không hợp lệ',
      message: 'Đề nghị chọn một giá trị trong danh sách thả xuống.\nChoose a value from the drop-down list.',
    });
  });
});
