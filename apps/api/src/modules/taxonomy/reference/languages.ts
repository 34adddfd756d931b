import languages from '@cospired/i18n-iso-languages';
import de from '@cospired/i18n-iso-languages/langs/de.json';
import en from '@cospired/i18n-iso-languages/langs/en.json';
import fr from '@cospired/i18n-iso-languages/langs/fr.json';
import type { Language } from '@open-spaces/contracts';

for (const locale of [en, de, fr]) languages.registerLocale(locale);

/** Every ISO 639-1 language with en/de/fr names, sorted by English name. */
export function allLanguages(): Language[] {
  return Object.keys(languages.getAlpha2Codes())
    .map((code) => ({
      code,
      names: {
        en: languages.getName(code, 'en') ?? code,
        de: languages.getName(code, 'de') ?? code,
        fr: languages.getName(code, 'fr') ?? code,
      },
    }))
    .sort((a, b) => a.names.en.localeCompare(b.names.en, 'en'));
}
