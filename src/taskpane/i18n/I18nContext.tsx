/** The pane's language and its texts, for every component below the provider. */
import { createContext, type ReactNode, useContext, useMemo } from 'react';
import type { Language } from './language';
import { STRINGS, type Strings } from './strings';

interface I18n {
  readonly language: Language;
  readonly strings: Strings;
}

const I18nContext = createContext<I18n>({ language: 'vi', strings: STRINGS.vi });

export function I18nProvider({ language, children }: { language: Language; children: ReactNode }) {
  const value = useMemo(() => ({ language, strings: STRINGS[language] }), [language]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export const useI18n = (): I18n => useContext(I18nContext);
