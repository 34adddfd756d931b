import { type LocalisedNames, Taxonomy } from '@open-spaces/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { apiRequest } from './api-client';
import { isLanguage, type Language } from './i18n';

/** The shared vocabulary (topics, countries, languages, support). It changes rarely, so it loads once per visit. */
export const taxonomyQueryOptions = queryOptions({
  queryKey: ['taxonomy'],
  queryFn: ({ signal }) => apiRequest('/api/taxonomy', { schema: Taxonomy, signal }),
  staleTime: 60 * 60 * 1000,
  gcTime: Number.POSITIVE_INFINITY,
});

export type TaxonomyKind = 'topics' | 'countries' | 'languages' | 'support';

export interface TaxonomyOption {
  value: string;
  label: string;
}

const keyOf = (entry: { slug: string } | { code: string }) => ('slug' in entry ? entry.slug : entry.code);

/** Names from the taxonomy in the reader's language; unknown values fall back to themselves. */
export function useTaxonomy() {
  const { i18n } = useTranslation();
  const query = useQuery(taxonomyQueryOptions);
  const resolved = i18n.resolvedLanguage ?? i18n.language;
  const language: Language = resolved && isLanguage(resolved) ? resolved : 'en';
  const collator = new Intl.Collator(language);

  const entries = (kind: TaxonomyKind): { key: string; names: LocalisedNames; retired?: boolean }[] =>
    (query.data?.[kind] ?? []).map((entry) => ({
      key: keyOf(entry),
      names: entry.names,
      retired: 'retired' in entry && entry.retired === true,
    }));

  const name = (kind: TaxonomyKind, value: string): string =>
    entries(kind).find((entry) => entry.key === value)?.names[language] ?? value;

  /** Choices for a picker, sorted by name; retired topics stay only where already chosen. */
  const options = (kind: TaxonomyKind, keep: readonly string[] = []): TaxonomyOption[] =>
    entries(kind)
      .filter((entry) => !entry.retired || keep.includes(entry.key))
      .map((entry) => ({ value: entry.key, label: entry.names[language] }))
      .sort((a, b) => collator.compare(a.label, b.label));

  /** Countries with Europe first, as most members work there. */
  const countryOptions = (): TaxonomyOption[] => {
    const all = query.data?.countries ?? [];
    const sorted = (europe: boolean) =>
      all
        .filter((country) => country.europe === europe)
        .map((country) => ({ value: country.code, label: country.names[language] }))
        .sort((a, b) => collator.compare(a.label, b.label));
    return [...sorted(true), ...sorted(false)];
  };

  return { query, name, options, countryOptions, isReady: query.isSuccess };
}
