import { toExcelValidation } from '../../../src/workbook/xlsx/validation';

const onListsSheet = (values: readonly string[]): string => `'_lists'!$A$1:$A$${values.length}`;

describe('toExcelValidation', () => {
  it('writes a long list as a reference to the lists sheet', () => {
    const values = Array.from({ length: 40 }, (_, i) => `Cơ quan số ${i + 1}`);
    expect(toExcelValidation({ type: 'list', values }, onListsSheet)).toMatchObject({
      type: 'list',
      allowBlank: true,
      showErrorMessage: true,
      formulae: ["'_lists'!$A$1:$A$40"],
    });
  });

  it('writes number bounds with a message in Vietnamese numbers first, then English', () => {
    const rule = toExcelValidation({ type: 'decimal', min: 0.5, max: 7100 }, onListsSheet);
    expect(rule).toMatchObject({ type: 'decimal', operator: 'between', formulae: [0.5, 7100], errorTitle: 'Giá trị không hợp lệ' });
    expect(rule.error).toBe('Đề nghị nhập một số từ 0,5 đến 7.100.\nEnter a number from 0.5 to 7100.');
  });

  it('writes date bounds as UTC-midnight dates', () => {
    const rule = toExcelValidation({ type: 'date', min: '2022-01-01', max: '2025-12-31' }, onListsSheet);
    expect(rule.formulae).toEqual([new Date(Date.UTC(2022, 0, 1)), new Date(Date.UTC(2025, 11, 31))]);
    expect(rule.error).toContain('từ 01/01/2022 đến 31/12/2025');
  });

  it('keeps every message within the 255 characters and the title within the 32 Excel accepts', () => {
    const rules = [
      toExcelValidation({ type: 'list', values: ['a'] }, onListsSheet),
      toExcelValidation({ type: 'whole', min: -1_000_000_000, max: 1_000_000_000 }, onListsSheet),
      toExcelValidation({ type: 'decimal', min: -123456789.123, max: 123456789.123 }, onListsSheet),
      toExcelValidation({ type: 'date', min: '1900-03-01', max: '2100-12-31' }, onListsSheet),
    ];
    for (const rule of rules) {
      expect(rule.error?.length).toBeLessThanOrEqual(255);
      expect(rule.errorTitle?.length).toBeLessThanOrEqual(32);
    }
  });
});
