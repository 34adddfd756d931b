import i18n from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import { initReactI18next } from 'react-i18next';
import { de } from './locales/de';
import { en } from './locales/en';
import { fr } from './locales/fr';

export const languages = ['en', 'de', 'fr'] as const;
export type Language = (typeof languages)[number];

/** Only the chosen language is kept in localStorage; nothing else about the visitor is stored. */
export const LANGUAGE_STORAGE_KEY = 'open-spaces.language';

export const isLanguage = (value: string): value is Language =>
  (languages as readonly string[]).includes(value);

/** The language in use, narrowed to one the product supports. */
export function currentLanguage(): Language {
  const resolved = i18n.resolvedLanguage ?? i18n.language;
  return resolved && isLanguage(resolved) ? resolved : 'en';
}

i18n.on('languageChanged', () => {
  document.documentElement.lang = currentLanguage();
});

void i18n
  .use(LanguageDetector)
  .use(initReactI18next)
  .init({
    resources: { en: { translation: en }, de: { translation: de }, fr: { translation: fr } },
    supportedLngs: [...languages],
    nonExplicitSupportedLngs: true,
    load: 'languageOnly',
    fallbackLng: 'en',
    interpolation: { escapeValue: false },
    detection: {
      order: ['localStorage', 'navigator'],
      lookupLocalStorage: LANGUAGE_STORAGE_KEY,
      caches: ['localStorage'],
    },
    react: { useSuspense: false },
  });

export { i18n };
