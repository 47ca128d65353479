import { inLanguage, languageFor } from '../../../src/taskpane/i18n/language';

describe('languageFor', () => {
  it('is Vietnamese when Office runs in Vietnamese', () => {
    expect(languageFor('vi-VN')).toBe('vi');
    expect(languageFor('VI')).toBe('vi');
  });

  it('is English when Office runs in any other language', () => {
    expect(languageFor('en-US')).toBe('en');
    expect(languageFor('fr-FR')).toBe('en');
  });

  it('is Vietnamese when Office gives no language (a plain browser)', () => {
    expect(languageFor(undefined)).toBe('vi');
    expect(languageFor('  ')).toBe('vi');
  });
});

describe('inLanguage', () => {
  it('picks the text of the language', () => {
    const text = { vi: 'Kế hoạch', en: 'Plan' };
    expect(inLanguage(text, 'vi')).toBe('Kế hoạch');
    expect(inLanguage(text, 'en')).toBe('Plan');
  });
});
