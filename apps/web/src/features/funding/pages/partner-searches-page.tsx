import { PartnerRole } from '@open-spaces/contracts';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { DirectoryResults } from '../../../components/directory/directory-results';
import { Button } from '../../../components/ui/button';
import { FilterSelect } from '../../../components/ui/filter-bar';
import { PageHeader } from '../../../components/ui/page-header';
import { useTaxonomy } from '../../../lib/taxonomy';
import { useUrlFilters } from '../../../lib/url-filters';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { partnerSearchesQueryOptions, partnerSearchFilterSchemas } from '../api/get-partner-searches';
import { PartnerSearchCard } from '../components/partner-search-card';
import '../components/funding.css';

/** Every open partner search the viewer may see, filterable by topic, country, role and competence. */
export function PartnerSearchesPage() {
  const { t } = useTranslation();
  const taxonomy = useTaxonomy();
  useDocumentTitle(t('partners.title'));
  const { filters, setFilter, setFilters, active } = useUrlFilters(partnerSearchFilterSchemas);
  const searches = useInfiniteQuery(partnerSearchesQueryOptions(filters));

  return (
    <>
      <PageHeader title={t('partners.title')} lead={t('partners.lead')} />
      <div className="directory">
        <section className="filter-bar partner-filters" aria-label={t('partners.filters.label')}>
          <div className="cluster">
            <FilterSelect
              id="partners-topic"
              label={t('partners.filters.topic')}
              options={taxonomy.options('topics')}
              value={filters.topic}
              onChange={(topic) => setFilter('topic', topic)}
            />
            <FilterSelect
              id="partners-country"
              label={t('partners.filters.country')}
              options={taxonomy.countryOptions()}
              value={filters.country}
              onChange={(country) => setFilter('country', country)}
            />
            <FilterSelect
              id="partners-role"
              label={t('partners.filters.role')}
              options={PartnerRole.options.map((role) => ({
                value: role,
                label: t(`partners.roles.${role}`),
              }))}
              value={filters.role}
              onChange={(role) => {
                const parsed = PartnerRole.safeParse(role);
                setFilter('role', parsed.success ? parsed.data : undefined);
              }}
            />
            <FilterSelect
              id="partners-competence"
              label={t('partners.filters.competence')}
              options={taxonomy.options('support')}
              value={filters.competence}
              onChange={(competence) => setFilter('competence', competence)}
            />
            {active && (
              <Button variant="secondary" size="small" onClick={() => setFilters({})}>
                {t('partners.clearFilters')}
              </Button>
            )}
          </div>
        </section>
        <DirectoryResults
          id="partner-searches"
          query={searches}
          itemKey={(search) => search.id}
          renderItem={(search) => <PartnerSearchCard search={search} />}
          emptyIcon="funding"
          emptyTitle={active ? t('partners.emptyFiltered') : t('partners.empty')}
          filtered={active}
          onClearFilters={() => setFilters({})}
        />
      </div>
    </>
  );
}
