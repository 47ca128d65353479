/**
 * Ngôn ngữ — Vietnamese first. The pane follows Office's display language when Office gives one
 * (an officer who runs Excel in English reads the pane in English), and the officer can switch.
 */
export type Language = 'vi' | 'en';

/** `Office.context.displayLanguage` (`vi-VN`, `en-US`, …) to the pane's language; none → Vietnamese. */
export function languageFor(displayLanguage: string | undefined): Language {
  if (displayLanguage === undefined || displayLanguage.trim() === '') return 'vi';
  return displayLanguage.trim().toLowerCase().startsWith('vi') ? 'vi' : 'en';
}

/** A text given in both languages, as findings and typed errors carry them. */
export interface Bilingual {
  readonly vi: string;
  readonly en: string;
}

export const inLanguage = (text: Bilingual, language: Language): string => (language === 'vi' ? text.vi : text.en);
