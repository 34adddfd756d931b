import { OrganisationKind } from '@open-spaces/contracts';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { DirectoryResults } from '../../../components/directory/directory-results';
import { ButtonLink } from '../../../components/ui/button';
import { FilterBar, FilterSelect } from '../../../components/ui/filter-bar';
import { PageHeader } from '../../../components/ui/page-header';
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
          <FilterSelect
            id="organisations-kind"
            label={t('filters.kind')}
            options={OrganisationKind.options.map((kind) => ({
              value: kind,
              label: t(`organisationKinds.${kind}`),
            }))}
            value={filters.kind}
            onChange={(kind) => {
              const parsed = OrganisationKind.safeParse(kind);
              setFilter('kind', parsed.success ? parsed.data : undefined);
            }}
          />
          <FilterSelect
            id="organisations-country"
            label={t('filters.country')}
            options={taxonomy.countryOptions()}
            value={filters.country}
            onChange={(country) => setFilter('country', country)}
          />
          <FilterSelect
            id="organisations-topic"
            label={t('filters.topic')}
            options={taxonomy.options('topics')}
            value={filters.topic}
            onChange={(topic) => setFilter('topic', topic)}
          />
          <FilterSelect
            id="organisations-offers"
            label={t('filters.offers')}
            options={taxonomy.options('support')}
            value={filters.offers}
            onChange={(offers) => setFilter('offers', offers)}
          />
          <FilterSelect
            id="organisations-needs"
            label={t('filters.needs')}
            options={taxonomy.options('support')}
            value={filters.needs}
            onChange={(needs) => setFilter('needs', needs)}
          />
        </FilterBar>
        <DirectoryResults
          id="organisations"
          query={organisations}
          itemKey={(organisation) => organisation.slug}
          renderItem={(organisation) => <OrganisationCard organisation={organisation} />}
          emptyIcon="organisation"
          emptyTitle={active ? t('organisations.emptyFiltered') : t('organisations.empty')}
          filtered={active}
          onClearFilters={() => setFilters({})}
        />
      </div>
    </>
  );
}
