import type { Country, LocalisedNames } from '@open-spaces/contracts';
import countries from 'i18n-iso-countries';
import de from 'i18n-iso-countries/langs/de.json';
import en from 'i18n-iso-countries/langs/en.json';
import fr from 'i18n-iso-countries/langs/fr.json';

for (const locale of [en, de, fr]) countries.registerLocale(locale);

/**
 * Countries shown first: the EU, the EEA, Switzerland and the UK, candidate and
 * neighbouring countries (Western Balkans, Ukraine, Moldova, the South Caucasus, Türkiye,
 * Belarus, Russia, whose civil society often works from exile), the microstates and the
 * European dependencies.
 */
// biome-ignore format: one region per line reads better than one code per line
export const EUROPEAN_COUNTRIES: ReadonlySet<string> = new Set([
  // European Union
  'AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE',
  'IT', 'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE',
  // EEA, Switzerland, United Kingdom
  'IS', 'LI', 'NO', 'CH', 'GB',
  // Candidates, Western Balkans and Eastern neighbours
  'AL', 'BA', 'ME', 'MK', 'RS', 'XK', 'UA', 'MD', 'GE', 'AM', 'AZ', 'TR', 'BY', 'RU',
  // Microstates and dependencies
  'AD', 'MC', 'SM', 'VA', 'AX', 'FO', 'GG', 'GI', 'IM', 'JE', 'SJ',
]);

/** The package gives official names; people look for the short ones. */
const SHORT_NAMES: Record<string, Partial<LocalisedNames>> = {
  CZ: { en: 'Czechia', de: 'Tschechien', fr: 'Tchéquie' },
  FM: { en: 'Micronesia' },
  GB: { en: 'United Kingdom' },
  IR: { en: 'Iran' },
  LA: { en: 'Laos' },
  MD: { en: 'Moldova' },
  MK: { en: 'North Macedonia' },
  RU: { en: 'Russia', de: 'Russland' },
  SY: { en: 'Syria', de: 'Syrien' },
  TW: { en: 'Taiwan' },
  US: { en: 'United States', de: 'Vereinigte Staaten', fr: 'États-Unis' },
  VA: { en: 'Vatican City', de: 'Vatikanstadt', fr: 'Vatican' },
};

function namesOf(code: string): LocalisedNames {
  const name = (locale: keyof LocalisedNames) =>
    SHORT_NAMES[code]?.[locale] ?? countries.getName(code, locale) ?? code;
  return { en: name('en'), de: name('de'), fr: name('fr') };
}

/** Europe first, then the rest of the world, each group sorted by English name. */
export function orderCountries(list: Country[]): Country[] {
  const byName = (a: Country, b: Country) => a.names.en.localeCompare(b.names.en, 'en');
  return [...list.filter((c) => c.europe).sort(byName), ...list.filter((c) => !c.europe).sort(byName)];
}

/** Every ISO 3166-1 alpha-2 country (and Kosovo's user-assigned XK) with en/de/fr names. */
export function allCountries(): Country[] {
  return orderCountries(
    Object.keys(countries.getAlpha2Codes()).map((code) => ({
      code,
      names: namesOf(code),
      europe: EUROPEAN_COUNTRIES.has(code),
    })),
  );
}
