import type { CaseFacetCount, CaseFacets } from '@open-spaces/contracts';
import { FACET_WINDOW, type FacetRow } from './cases.repository';

const FACETS = ['methods', 'scopes', 'countries', 'iap2Levels', 'topics', 'languages'] as const;

/** The facet rows as counts per filter, most common first; "at least" when the window was full. */
export function facetsOf(rows: FacetRow[]): CaseFacets {
  const matched = rows.find((row) => row.facet === 'total')?.count ?? 0;
  const capped = matched > FACET_WINDOW;
  const counts = (facet: (typeof FACETS)[number]): CaseFacetCount[] =>
    rows
      .filter((row) => row.facet === facet)
      .map((row) => ({ value: row.value, count: Math.min(row.count, FACET_WINDOW) }))
      .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
  return {
    total: Math.min(matched, FACET_WINDOW),
    capped,
    methods: counts('methods'),
    scopes: counts('scopes'),
    countries: counts('countries'),
    iap2Levels: counts('iap2Levels'),
    topics: counts('topics'),
    languages: counts('languages'),
  };
}
