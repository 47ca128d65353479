import { STRINGS, bothLanguages } from '../../../src/taskpane/i18n/strings';

const sample = (entry: unknown): string =>
  typeof entry === 'function' ? String((entry as (...args: unknown[]) => unknown)(3, 4, 5, 6)) : String(entry);

describe('the pane texts', () => {
  it('have the same keys in Vietnamese and English', () => {
    expect(Object.keys(STRINGS.en).sort()).toEqual(Object.keys(STRINGS.vi).sort());
  });

  it('are never empty, in either language', () => {
    for (const strings of [STRINGS.vi, STRINGS.en]) {
      for (const [key, entry] of Object.entries(strings)) expect({ key, text: sample(entry).trim() }).not.toEqual({ key, text: '' });
    }
  });

  it('write Vietnamese with its accents', () => {
    expect(STRINGS.vi.appTitle).toBe('Theo dõi kế hoạch');
    expect(STRINGS.vi.stepIntake).toBe('Tiếp nhận');
    expect(STRINGS.vi.stepConsolidate).toBe('Tổng hợp');
  });

  it('build texts from values in both languages', () => {
    expect(STRINGS.vi.formsMade(12)).toBe('Đã tạo 12 biểu mẫu.');
    expect(STRINGS.en.formsMade(12)).toBe('12 workbooks made.');
    expect(STRINGS.vi.periodQuarter(3)).toBe('Quý III');
  });

  it('make English counts agree with their nouns', () => {
    expect(STRINGS.en.formsMade(1)).toBe('1 workbook made.');
    expect(STRINGS.en.findingsCount(1, 2)).toBe('1 error, 2 warnings');
    expect(STRINGS.en.planSummary(43, 1, 12, 16)).toBe('43 tasks · 1 project · 12 targets · 16 agencies with work');
  });
});

describe('bothLanguages', () => {
  it('gives a text in Vietnamese and in English, for notices that outlive a language switch', () => {
    expect(bothLanguages('planLoaded', '40/KH-UBND')).toEqual({
      vi: 'Đã nạp kế hoạch 40/KH-UBND.',
      en: 'Plan 40/KH-UBND loaded.',
    });
    expect(bothLanguages('stepPlan')).toEqual({ vi: 'Kế hoạch', en: 'Plan' });
  });
});
