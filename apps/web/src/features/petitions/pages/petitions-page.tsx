import { PetitionState } from '@open-spaces/contracts';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { DirectoryResults } from '../../../components/directory/directory-results';
import { Button, ButtonLink } from '../../../components/ui/button';
import { FilterSelect } from '../../../components/ui/filter-bar';
import { PageHeader } from '../../../components/ui/page-header';
import { useSession } from '../../../lib/session';
import { useTaxonomy } from '../../../lib/taxonomy';
import { useUrlFilters } from '../../../lib/url-filters';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { petitionsQueryOptions } from '../api/get-petitions';
import { PetitionCard } from '../components/petition-card';
import { petitionFilterSchemas } from '../components/petition-filters-state';
import '../components/petitions.css';

const LISTED_STATES = PetitionState.options.filter((state) => state !== 'draft');

export function PetitionsPage() {
  const { t } = useTranslation();
  const session = useSession();
  const taxonomy = useTaxonomy();
  const { filters, setFilter, setFilters } = useUrlFilters(petitionFilterSchemas);
  const active = Object.keys(filters).length > 0;
  useDocumentTitle(t('petitions.title'));
  const petitions = useInfiniteQuery({
    ...petitionsQueryOptions(filters, session.status === 'signedIn'),
    enabled: session.status !== 'loading',
  });

  return (
    <>
      <div className="page-header-row">
        <PageHeader title={t('petitions.title')} lead={t('petitions.lead')} />
        {session.status === 'signedIn' && (
          <div className="petition-page__actions">
            <ButtonLink to="/petitions/mine" variant="secondary">
              {t('petitions.mine')}
            </ButtonLink>
            <ButtonLink to="/petitions/new">{t('petitions.create')}</ButtonLink>
          </div>
        )}
      </div>
      <div className="directory">
        <search className="petition-filters" aria-label={t('petitions.filtersTitle')}>
          <FilterSelect
            id="petitions-topic"
            label={t('filters.topic')}
            options={taxonomy.options('topics')}
            value={filters.topic}
            onChange={(topic) => setFilter('topic', topic)}
          />
          <FilterSelect
            id="petitions-country"
            label={t('filters.country')}
            options={taxonomy.countryOptions()}
            value={filters.country}
            onChange={(country) => setFilter('country', country)}
          />
          <FilterSelect
            id="petitions-state"
            label={t('petitions.stateFilter')}
            options={LISTED_STATES.map((state) => ({ value: state, label: t(`petitions.states.${state}`) }))}
            value={filters.state}
            onChange={(state) => {
              const parsed = petitionFilterSchemas.state.safeParse(state);
              setFilter('state', parsed.success ? parsed.data : undefined);
            }}
          />
          {active && (
            <Button variant="quiet" size="small" onClick={() => setFilters({})}>
              {t('petitions.clearFilters')}
            </Button>
          )}
        </search>
        <DirectoryResults
          id="petitions"
          query={petitions}
          itemKey={(petition) => petition.id}
          renderItem={(petition) => <PetitionCard petition={petition} />}
          emptyIcon="flag"
          emptyTitle={active ? t('petitions.emptyFiltered') : t('petitions.empty')}
          filtered={active}
          onClearFilters={() => setFilters({})}
        />
      </div>
    </>
  );
}
