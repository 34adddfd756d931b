import { CountryCode, LanguageCode, type SearchFacetCount, SearchType, Slug } from '@open-spaces/contracts';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { DirectoryResults } from '../../../components/directory/directory-results';
import { EmptyState } from '../../../components/ui/empty-state';
import { FilterBar, FilterSelect } from '../../../components/ui/filter-bar';
import { PageHeader } from '../../../components/ui/page-header';
import { useSession } from '../../../lib/session';
import { useTaxonomy } from '../../../lib/taxonomy';
import { useUrlFilters } from '../../../lib/url-filters';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { searchQueryOptions } from '../api/get-search';
import { searchFilterSchemas } from '../components/search-filters-state';
import { SearchResultCard } from '../components/search-result-card';
import '../components/search.css';

/** One search over everything, with the query and its filters in the address. */
export function SearchPage() {
  const { t } = useTranslation();
  const session = useSession();
  const taxonomy = useTaxonomy();
  const { filters, setFilter, setFilters } = useUrlFilters(searchFilterSchemas);
  const signedIn = session.status === 'signedIn';
  const q = filters.q;
  useDocumentTitle(q ? `${q} – ${t('search.title')}` : t('search.title'));
  const results = useInfiniteQuery({
    ...searchQueryOptions(filters, signedIn),
    enabled: session.status !== 'loading' && q !== undefined,
  });
  const first = results.data?.pages[0];
  const filtered = Boolean(filters.type || filters.topic || filters.country || filters.language);
  const clearFilters = () => setFilters({ q });

  const countLabel = (facet: SearchFacetCount | undefined) =>
    facet ? t(facet.capped ? 'search.countCapped' : 'search.count', { count: facet.count }) : undefined;
  const withCounts = (options: { value: string; label: string }[], facets: SearchFacetCount[] = []) =>
    options.map((option) => {
      const count = countLabel(facets.find((facet) => facet.value === option.value));
      return count ? { ...option, label: `${option.label} (${count})` } : option;
    });

  return (
    <>
      <PageHeader title={t('search.title')} lead={t('search.lead')} />
      <div className="directory">
        <FilterBar
          id="search"
          searchLabel={t('search.label')}
          query={q}
          onSearch={(next) => setFilter('q', next)}
          onClear={clearFilters}
          active={filtered}
        >
          <FilterSelect
            id="search-type"
            label={t('search.type')}
            options={withCounts(
              SearchType.options.map((type) => ({ value: type, label: t(`search.types.${type}`) })),
              first?.facets.types,
            )}
            value={filters.type}
            onChange={(type) => {
              const parsed = SearchType.safeParse(type);
              setFilter('type', parsed.success ? parsed.data : undefined);
            }}
          />
          <FilterSelect
            id="search-topic"
            label={t('filters.topic')}
            options={withCounts(taxonomy.options('topics'), first?.facets.topics)}
            value={filters.topic}
            onChange={(topic) => setFilter('topic', Slug.safeParse(topic).data)}
          />
          <FilterSelect
            id="search-country"
            label={t('filters.country')}
            options={withCounts(taxonomy.countryOptions(), first?.facets.countries)}
            value={filters.country}
            onChange={(country) => setFilter('country', CountryCode.safeParse(country).data)}
          />
          <FilterSelect
            id="search-language"
            label={t('filters.language')}
            options={taxonomy.options('languages')}
            value={filters.language}
            onChange={(language) => setFilter('language', LanguageCode.safeParse(language).data)}
          />
        </FilterBar>
        {q === undefined ? (
          <EmptyState icon="search" title={t('search.prompt')} />
        ) : (
          <DirectoryResults
            id="search"
            query={results}
            itemKey={(result) => `${result.type}:${result.id}`}
            renderItem={(result) => <SearchResultCard result={result} />}
            emptyIcon="search"
            emptyTitle={t(filtered ? 'search.emptyFiltered' : 'search.empty', { q })}
            filtered={filtered}
            onClearFilters={clearFilters}
          >
            {first && (
              <div className="search-summary">
                <ul className="search-summary__types" aria-label={t('search.type')}>
                  {first.facets.types.map((facet) => (
                    <li key={facet.value}>
                      <button
                        type="button"
                        className="search-summary__type"
                        aria-pressed={filters.type === facet.value}
                        onClick={() =>
                          setFilter(
                            'type',
                            filters.type === facet.value ? undefined : SearchType.parse(facet.value),
                          )
                        }
                      >
                        {t(`search.types.${SearchType.parse(facet.value)}`)}{' '}
                        <span className="search-summary__count">{countLabel(facet)}</span>
                      </button>
                    </li>
                  ))}
                </ul>
                {first.matchedTopics.length > 0 && (
                  <p className="search-summary__topics">
                    {t('search.queryTopics', {
                      topics: first.matchedTopics.map((topic) => taxonomy.name('topics', topic)).join(', '),
                    })}
                  </p>
                )}
              </div>
            )}
          </DirectoryResults>
        )}
      </div>
    </>
  );
}
