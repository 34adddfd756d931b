import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { DirectoryResults } from '../../../components/directory/directory-results';
import { FilterBar, FilterSelect } from '../../../components/ui/filter-bar';
import { PageHeader } from '../../../components/ui/page-header';
import { useSession } from '../../../lib/session';
import { useTaxonomy } from '../../../lib/taxonomy';
import { useUrlFilters } from '../../../lib/url-filters';
import { expertsQueryOptions } from '../api/get-experts';
import { ExpertCard } from '../components/expert-card';
import { expertFilterSchemas } from '../components/expert-filters-state';
import '../components/messaging.css';

/** The expert finder: people open to press contact, by press topic, language and country. */
export function ExpertsPage() {
  const { t } = useTranslation();
  const session = useSession();
  const taxonomy = useTaxonomy();
  const { filters, setFilter, setFilters, active } = useUrlFilters(expertFilterSchemas);
  const experts = useInfiniteQuery({
    ...expertsQueryOptions(filters, session.status === 'signedIn'),
    enabled: session.status !== 'loading',
  });

  return (
    <>
      <PageHeader title={t('messaging.experts.title')} lead={t('messaging.experts.lead')} />
      <div className="directory">
        <FilterBar
          id="experts"
          searchLabel={t('messaging.experts.searchLabel')}
          query={filters.q}
          onSearch={(q) => setFilter('q', q)}
          onClear={() => setFilters({})}
          active={active}
        >
          <FilterSelect
            id="experts-topic"
            label={t('messaging.experts.pressTopic')}
            options={taxonomy.options('topics')}
            value={filters.pressTopic}
            onChange={(pressTopic) => setFilter('pressTopic', pressTopic)}
          />
          <FilterSelect
            id="experts-language"
            label={t('messaging.experts.language')}
            options={taxonomy.options('languages')}
            value={filters.language}
            onChange={(language) => setFilter('language', language)}
          />
          <FilterSelect
            id="experts-country"
            label={t('filters.country')}
            options={taxonomy.countryOptions()}
            value={filters.country}
            onChange={(country) => setFilter('country', country)}
          />
        </FilterBar>
        <DirectoryResults
          id="experts"
          query={experts}
          itemKey={(expert) => expert.handle}
          renderItem={(expert) => <ExpertCard expert={expert} />}
          emptyIcon="user"
          emptyTitle={active ? t('messaging.experts.emptyFiltered') : t('messaging.experts.empty')}
          filtered={active}
          onClearFilters={() => setFilters({})}
        />
      </div>
    </>
  );
}
