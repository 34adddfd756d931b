import type { CountryGroup } from '@open-spaces/contracts';

/**
 * The members of each country group a call can be open to (ISO 3166-1 alpha-2), as of
 * 2026. Calls store the group's name, not its members, and are matched through
 * `groupsOf`, so a change here applies to every call at once.
 */
const EU27 = [
  'AT',
  'BE',
  'BG',
  'CY',
  'CZ',
  'DE',
  'DK',
  'EE',
  'ES',
  'FI',
  'FR',
  'GR',
  'HR',
  'HU',
  'IE',
  'IT',
  'LT',
  'LU',
  'LV',
  'MT',
  'NL',
  'PL',
  'PT',
  'RO',
  'SE',
  'SI',
  'SK',
];

export const countryGroups: Record<CountryGroup, readonly string[]> = {
  EU27,
  /** The EU and the three EFTA states in the European Economic Area. */
  EEA: [...EU27, 'IS', 'LI', 'NO'],
  /** Countries with official EU candidate status. */
  EU_CANDIDATES: ['AL', 'BA', 'GE', 'MD', 'ME', 'MK', 'RS', 'TR', 'UA'],
  /** The 46 member states of the Council of Europe. */
  COUNCIL_OF_EUROPE: [
    ...EU27,
    'AD',
    'AL',
    'AM',
    'AZ',
    'BA',
    'CH',
    'GB',
    'GE',
    'IS',
    'LI',
    'MC',
    'MD',
    'ME',
    'MK',
    'NO',
    'RS',
    'SM',
    'TR',
    'UA',
  ],
};

const GROUP_NAMES = Object.keys(countryGroups) as CountryGroup[];

export function isCountryGroup(code: string): code is CountryGroup {
  return (GROUP_NAMES as string[]).includes(code);
}

/** The groups a country belongs to, in the order they are listed above. */
export function groupsOf(country: string): CountryGroup[] {
  return GROUP_NAMES.filter((group) => countryGroups[group].includes(country));
}

/**
 * Every code that admits an organisation in `country`: the country itself and its
 * groups. A call is open to the country when its list overlaps these (SQL `&&`).
 */
export function codesAdmitting(country: string): string[] {
  return [country, ...groupsOf(country)];
}
