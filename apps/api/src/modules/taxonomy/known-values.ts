import type { FieldError, Taxonomy } from '@open-spaces/contracts';

export type TaxonomyKind = 'topic' | 'country' | 'language' | 'support';

/** One field to check: a single value (`country`) or a list (`topics`). */
export interface TaxonomyFieldCheck {
  kind: TaxonomyKind;
  value: string | readonly string[] | null | undefined;
  /** Retired topics already on the row: they may stay, but nothing new may use them. */
  current?: readonly string[];
}

/** The values each kind accepts, from one taxonomy snapshot. */
export interface KnownValues {
  activeTopics: ReadonlySet<string>;
  allTopics: ReadonlySet<string>;
  countries: ReadonlySet<string>;
  languages: ReadonlySet<string>;
  support: ReadonlySet<string>;
}

export function knownValuesOf(taxonomy: Taxonomy): KnownValues {
  return {
    activeTopics: new Set(taxonomy.topics.filter((topic) => !topic.retired).map((topic) => topic.slug)),
    allTopics: new Set(taxonomy.topics.map((topic) => topic.slug)),
    countries: new Set(taxonomy.countries.map((country) => country.code)),
    languages: new Set(taxonomy.languages.map((language) => language.code)),
    support: new Set(taxonomy.support.map((kind) => kind.slug)),
  };
}

const MESSAGES: Record<TaxonomyKind, string> = {
  topic: 'This topic is not in the list of topics.',
  country: 'This is not a known country code.',
  language: 'This is not a known language code.',
  support: 'This is not in the list of things to offer or need.',
};

function accepts(known: KnownValues, check: TaxonomyFieldCheck, value: string): boolean {
  switch (check.kind) {
    case 'topic':
      return (
        known.activeTopics.has(value) || (known.allTopics.has(value) && (check.current ?? []).includes(value))
      );
    case 'country':
      return known.countries.has(value);
    case 'language':
      return known.languages.has(value);
    case 'support':
      return known.support.has(value);
  }
}

/** Every value not in the taxonomy, as field errors named `field` or `field.<index>`. */
export function unknownValueErrors(
  known: KnownValues,
  checks: Record<string, TaxonomyFieldCheck>,
  fieldPrefix = '',
): FieldError[] {
  const errors: FieldError[] = [];
  for (const [field, check] of Object.entries(checks)) {
    const { value } = check;
    if (value === null || value === undefined) continue;
    const entries: [string, string][] =
      typeof value === 'string'
        ? [[`${fieldPrefix}${field}`, value]]
        : value.map((item, index) => [`${fieldPrefix}${field}.${index}`, item]);
    for (const [name, item] of entries) {
      if (!accepts(known, check, item))
        errors.push({ field: name, code: 'unknown_taxonomy_value', message: MESSAGES[check.kind] });
    }
  }
  return errors;
}
