import { FundingCallStatus, OrganisationKind } from '@open-spaces/contracts';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DirectoryResults } from '../../../components/directory/directory-results';
import { ButtonLink } from '../../../components/ui/button';
import { FilterBar, FilterSelect } from '../../../components/ui/filter-bar';
import { PageHeader } from '../../../components/ui/page-header';
import { useSession } from '../../../lib/session';
import { useTaxonomy } from '../../../lib/taxonomy';
import { useUrlFilters } from '../../../lib/url-filters';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { fundingCallsQueryOptions } from '../api/get-funding-calls';
import { fundingOrganisationsQueryOptions } from '../api/get-funding-organisations';
import { FundingCallCard } from '../components/funding-call-card';
import { fundingFilterSchemas } from '../components/funding-filters-state';
import '../components/funding.css';

export function FundingDirectoryPage() {
  const { t } = useTranslation();
  const session = useSession();
  const signedIn = session.status === 'signedIn';
  const taxonomy = useTaxonomy();
  useDocumentTitle(t('funding.title'));
  const { filters, setFilter, setFilters, active } = useUrlFilters(fundingFilterSchemas);
  const calls = useInfiniteQuery({
    ...fundingCallsQueryOptions(filters, signedIn),
    enabled: session.status !== 'loading',
  });
  const organisations = useInfiniteQuery({ ...fundingOrganisationsQueryOptions(), enabled: signedIn });
  const mine = organisations.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <>
      <div className="page-header-row">
        <PageHeader title={t('funding.title')} lead={t('funding.lead')} />
        <div className="cluster">
          {signedIn && (
            <ButtonLink to="/funding/saved" variant="secondary">
              {t('funding.saved.link')}
            </ButtonLink>
          )}
          {mine.length > 0 && <ButtonLink to="/funding/new">{t('funding.publish')}</ButtonLink>}
        </div>
      </div>
      {mine.length > 0 && (
        <nav className="funding-for" aria-label={t('funding.forOrganisation.pick')}>
          <p>{t('funding.forOrganisation.pickLead')}</p>
          <ul className="cluster funding-for__list">
            {mine.map((organisation) => (
              <li key={organisation.slug}>
                <Link to={`/funding/for/${organisation.slug}`}>{organisation.name}</Link>
              </li>
            ))}
          </ul>
        </nav>
      )}
      <div className="directory">
        <FilterBar
          id="funding"
          searchLabel={t('funding.filters.search')}
          query={filters.q}
          onSearch={(q) => setFilter('q', q)}
          onClear={() => setFilters({})}
          active={active}
        >
          <FilterSelect
            id="funding-status"
            label={t('funding.filters.status')}
            options={FundingCallStatus.options.map((status) => ({
              value: status,
              label: t(`funding.status.${status}`),
            }))}
            value={filters.status}
            onChange={(status) => {
              const parsed = FundingCallStatus.safeParse(status);
              setFilter('status', parsed.success ? parsed.data : undefined);
            }}
          />
          <FilterSelect
            id="funding-country"
            label={t('funding.filters.eligibleCountry')}
            options={taxonomy.countryOptions()}
            value={filters.eligibleCountry}
            onChange={(country) => setFilter('eligibleCountry', country)}
          />
          <FilterSelect
            id="funding-kind"
            label={t('funding.filters.eligibleKind')}
            options={OrganisationKind.options.map((kind) => ({
              value: kind,
              label: t(`organisationKinds.${kind}`),
            }))}
            value={filters.eligibleKind}
            onChange={(kind) => {
              const parsed = OrganisationKind.safeParse(kind);
              setFilter('eligibleKind', parsed.success ? parsed.data : undefined);
            }}
          />
          <FilterSelect
            id="funding-topic"
            label={t('funding.filters.topic')}
            options={taxonomy.options('topics')}
            value={filters.topic}
            onChange={(topic) => setFilter('topic', topic)}
          />
          <FilterSelect
            id="funding-order"
            label={t('funding.filters.order')}
            options={[
              { value: 'deadline', label: t('funding.filters.byDeadline') },
              { value: 'published', label: t('funding.filters.byPublished') },
            ]}
            value={filters.order}
            onChange={(order) =>
              setFilter('order', order === 'deadline' || order === 'published' ? order : undefined)
            }
          />
        </FilterBar>
        <DirectoryResults
          id="funding"
          query={calls}
          itemKey={(call) => call.id}
          renderItem={(call) => <FundingCallCard call={call} />}
          emptyIcon="funding"
          emptyTitle={active ? t('funding.emptyFiltered') : t('funding.empty')}
          filtered={active}
          onClearFilters={() => setFilters({})}
        />
      </div>
    </>
  );
}
