import { OrganisationKind } from '@open-spaces/contracts';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert';
import { Button, ButtonLink } from '../../../components/ui/button';
import { EmptyState } from '../../../components/ui/empty-state';
import { FilterBar } from '../../../components/ui/filter-bar';
import { PageHeader } from '../../../components/ui/page-header';
import { SelectField } from '../../../components/ui/select-field';
import { SkeletonList } from '../../../components/ui/skeleton';
import { errorMessage } from '../../../lib/messages';
import { useSession } from '../../../lib/session';
import { useTaxonomy } from '../../../lib/taxonomy';
import { useUrlFilters } from '../../../lib/url-filters';
import { organisationsQueryOptions } from '../api/get-organisations';
import { OrganisationCard } from '../components/organisation-card';
import { organisationFilterSchemas } from '../components/organisation-filters-state';
import '../components/organisations.css';

export function OrganisationsDirectoryPage() {
  const { t } = useTranslation();
  const session = useSession();
  const taxonomy = useTaxonomy();
  const { filters, setFilter, setFilters, active } = useUrlFilters(organisationFilterSchemas);
  const organisations = useInfiniteQuery({
    ...organisationsQueryOptions(filters, session.status === 'signedIn'),
    enabled: session.status !== 'loading',
  });
  const items = organisations.data?.pages.flatMap((page) => page.items) ?? [];
  const any = t('directory.any');

  return (
    <>
      <div className="page-header-row">
        <PageHeader title={t('organisations.title')} lead={t('organisations.lead')} />
        {session.status === 'signedIn' && (
          <ButtonLink to="/organisations/new">{t('organisations.create')}</ButtonLink>
        )}
      </div>
      <div className="directory">
        <FilterBar
          id="organisations"
          searchLabel={t('organisations.searchLabel')}
          query={filters.q}
          onSearch={(q) => setFilter('q', q)}
          onClear={() => setFilters({})}
          active={active}
        >
          <SelectField
            id="organisations-kind"
            label={t('filters.kind')}
            emptyLabel={any}
            options={OrganisationKind.options.map((kind) => ({
              value: kind,
              label: t(`organisationKinds.${kind}`),
            }))}
            value={filters.kind ?? ''}
            onChange={(event) => {
              const parsed = OrganisationKind.safeParse(event.target.value);
              setFilter('kind', parsed.success ? parsed.data : undefined);
            }}
          />
          <SelectField
            id="organisations-country"
            label={t('filters.country')}
            emptyLabel={any}
            options={taxonomy.countryOptions()}
            value={filters.country ?? ''}
            onChange={(event) => setFilter('country', event.target.value || undefined)}
          />
          <SelectField
            id="organisations-topic"
            label={t('filters.topic')}
            emptyLabel={any}
            options={taxonomy.options('topics')}
            value={filters.topic ?? ''}
            onChange={(event) => setFilter('topic', event.target.value || undefined)}
          />
          <SelectField
            id="organisations-offers"
            label={t('filters.offers')}
            emptyLabel={any}
            options={taxonomy.options('support')}
            value={filters.offers ?? ''}
            onChange={(event) => setFilter('offers', event.target.value || undefined)}
          />
          <SelectField
            id="organisations-needs"
            label={t('filters.needs')}
            emptyLabel={any}
            options={taxonomy.options('support')}
            value={filters.needs ?? ''}
            onChange={(event) => setFilter('needs', event.target.value || undefined)}
          />
        </FilterBar>
        <section className="directory__results" aria-labelledby="organisations-results">
          <h2 id="organisations-results" className="visually-hidden">
            {t('directory.results')}
          </h2>
          {organisations.isPending && <SkeletonList label={t('common.loading')} />}
          {organisations.isError && !organisations.data && (
            <Alert tone="error" title={t('directory.loadFailed')}>
              <p>{errorMessage(t, organisations.error)}</p>
              <Button variant="secondary" size="small" onClick={() => void organisations.refetch()}>
                {t('common.tryAgain')}
              </Button>
            </Alert>
          )}
          {organisations.isSuccess && items.length === 0 && (
            <EmptyState
              icon="organisation"
              title={active ? t('organisations.emptyFiltered') : t('organisations.empty')}
            >
              {active && (
                <Button variant="secondary" size="small" onClick={() => setFilters({})}>
                  {t('directory.clearFilters')}
                </Button>
              )}
            </EmptyState>
          )}
          {items.length > 0 && (
            <ul className="directory__list">
              {items.map((organisation) => (
                <li key={organisation.slug}>
                  <OrganisationCard organisation={organisation} />
                </li>
              ))}
            </ul>
          )}
          {organisations.hasNextPage && (
            <div className="directory__more">
              <Button
                variant="secondary"
                loading={organisations.isFetchingNextPage}
                onClick={() => void organisations.fetchNextPage()}
              >
                {t('directory.loadMore')}
              </Button>
            </div>
          )}
          {organisations.isFetchNextPageError && (
            <Alert tone="error">{errorMessage(t, organisations.error)}</Alert>
          )}
        </section>
      </div>
    </>
  );
}
