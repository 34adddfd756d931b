import { type CaseFacetCount, CaseMethod, CaseScope, Iap2Level } from '@open-spaces/contracts';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { DirectoryResults } from '../../../components/directory/directory-results';
import { ButtonLink } from '../../../components/ui/button';
import { FilterBar, FilterSelect } from '../../../components/ui/filter-bar';
import { PageHeader } from '../../../components/ui/page-header';
import { useSession } from '../../../lib/session';
import { useTaxonomy } from '../../../lib/taxonomy';
import { useUrlFilters } from '../../../lib/url-filters';
import { caseFacetsQueryOptions } from '../api/get-case-facets';
import { casesQueryOptions } from '../api/get-cases';
import { CaseCard } from '../components/case-card';
import { caseFilterSchemas } from '../components/case-filters-state';
import '../components/cases.css';

/** Options with how many of the filtered cases have each; `all` lists every value, counted or not. */
function counted(
  counts: CaseFacetCount[] | undefined,
  label: (value: string) => string,
  all?: readonly string[],
  chosen?: string,
): { value: string; label: string }[] {
  const byValue = new Map((counts ?? []).map((facet) => [facet.value, facet.count]));
  const values = all ?? [...byValue.keys(), ...(chosen && !byValue.has(chosen) ? [chosen] : [])];
  return values.map((value) => ({
    value,
    label: counts ? `${label(value)} (${byValue.get(value) ?? 0})` : label(value),
  }));
}

/** `/cases`: the repository, filtered by method, scope, country, IAP2 level, topic, language and words. */
export function CasesPage() {
  const { t } = useTranslation();
  const session = useSession();
  const { name } = useTaxonomy();
  const { filters, setFilter, setFilters, active } = useUrlFilters(caseFilterSchemas);
  const signedIn = session.status === 'signedIn';
  const moderator = signedIn && (session.user.role === 'moderator' || session.user.role === 'admin');
  const enabled = session.status !== 'loading';
  const cases = useInfiniteQuery({ ...casesQueryOptions(filters, signedIn), enabled });
  const facets = useQuery({ ...caseFacetsQueryOptions(filters, signedIn), enabled });
  const f = facets.data;

  return (
    <>
      <div className="page-header-row">
        <PageHeader title={t('cases.title')} lead={t('cases.lead')} />
        <div className="cluster">
          {moderator && (
            <ButtonLink to="/cases/review" variant="secondary">
              {t('cases.reviewLink')}
            </ButtonLink>
          )}
          {signedIn && (
            <ButtonLink to="/cases/mine" variant="secondary">
              {t('cases.mineLink')}
            </ButtonLink>
          )}
          {signedIn && <ButtonLink to="/cases/new">{t('cases.submit')}</ButtonLink>}
        </div>
      </div>
      <div className="directory">
        <FilterBar
          id="cases"
          searchLabel={t('cases.searchLabel')}
          query={filters.q}
          onSearch={(q) => setFilter('q', q)}
          onClear={() => setFilters({})}
          active={active}
        >
          <FilterSelect
            id="cases-method"
            label={t('cases.method')}
            options={counted(f?.methods, (value) => t(`cases.methods.${value}`), CaseMethod.options)}
            value={filters.method}
            onChange={(value) => {
              const parsed = CaseMethod.safeParse(value);
              setFilter('method', parsed.success ? parsed.data : undefined);
            }}
          />
          <FilterSelect
            id="cases-country"
            label={t('cases.country')}
            options={counted(f?.countries, (value) => name('countries', value), undefined, filters.country)}
            value={filters.country}
            onChange={(value) => setFilter('country', value)}
          />
          <FilterSelect
            id="cases-scope"
            label={t('cases.scope')}
            options={counted(f?.scopes, (value) => t(`cases.scopes.${value}`), CaseScope.options)}
            value={filters.scope}
            onChange={(value) => {
              const parsed = CaseScope.safeParse(value);
              setFilter('scope', parsed.success ? parsed.data : undefined);
            }}
          />
          <FilterSelect
            id="cases-iap2"
            label={t('cases.iap2Level')}
            options={counted(f?.iap2Levels, (value) => t(`cases.iap2Levels.${value}`), Iap2Level.options)}
            value={filters.iap2Level}
            onChange={(value) => {
              const parsed = Iap2Level.safeParse(value);
              setFilter('iap2Level', parsed.success ? parsed.data : undefined);
            }}
          />
          <FilterSelect
            id="cases-topic"
            label={t('cases.topic')}
            options={counted(f?.topics, (value) => name('topics', value), undefined, filters.topic)}
            value={filters.topic}
            onChange={(value) => setFilter('topic', value)}
          />
          <FilterSelect
            id="cases-language"
            label={t('filters.language')}
            options={counted(f?.languages, (value) => name('languages', value), undefined, filters.language)}
            value={filters.language}
            onChange={(value) => setFilter('language', value)}
          />
        </FilterBar>
        <DirectoryResults
          id="cases"
          query={cases}
          itemKey={(item) => item.id}
          renderItem={(item) => <CaseCard item={item} />}
          emptyIcon="case"
          emptyTitle={active ? t('cases.emptyFiltered') : t('cases.empty')}
          filtered={active}
          onClearFilters={() => setFilters({})}
        >
          <p className="muted" aria-live="polite">
            {f ? t(f.capped ? 'cases.countCapped' : 'cases.count', { count: f.total }) : null}
          </p>
        </DirectoryResults>
      </div>
    </>
  );
}
