import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { DirectoryResults } from '../../../components/directory/directory-results';
import { ButtonLink } from '../../../components/ui/button';
import { CheckboxField } from '../../../components/ui/checkbox-field';
import { FilterBar, FilterSelect } from '../../../components/ui/filter-bar';
import { PageHeader } from '../../../components/ui/page-header';
import { useSession } from '../../../lib/session';
import { useTaxonomy } from '../../../lib/taxonomy';
import { useUrlFilters } from '../../../lib/url-filters';
import { profilesQueryOptions } from '../api/get-profiles';
import { peopleFilterSchemas } from '../components/people-filters-state';
import { ProfileCard } from '../components/profile-card';
import { TopicFollowButton } from '../components/topic-follow-button';
import '../components/people.css';

export function PeopleDirectoryPage() {
  const { t } = useTranslation();
  const session = useSession();
  const taxonomy = useTaxonomy();
  const { filters, setFilter, setFilters, active } = useUrlFilters(peopleFilterSchemas);
  const people = useInfiniteQuery({
    ...profilesQueryOptions(filters, session.status === 'signedIn'),
    enabled: session.status !== 'loading',
  });

  return (
    <>
      <PageHeader title={t('people.title')} lead={t('people.lead')} />
      {session.status === 'signedIn' && (
        <p>
          <ButtonLink to="/people/suggestions" variant="secondary">
            {t('matching.directoryLink')}
          </ButtonLink>
        </p>
      )}
      <div className="directory">
        <FilterBar
          id="people"
          searchLabel={t('people.searchLabel')}
          query={filters.q}
          onSearch={(q) => setFilter('q', q)}
          onClear={() => setFilters({})}
          active={active}
        >
          <FilterSelect
            id="people-topic"
            label={t('filters.topic')}
            options={taxonomy.options('topics')}
            value={filters.topic}
            onChange={(topic) => setFilter('topic', topic)}
          />
          <FilterSelect
            id="people-country"
            label={t('filters.country')}
            options={taxonomy.countryOptions()}
            value={filters.country}
            onChange={(country) => setFilter('country', country)}
          />
          <FilterSelect
            id="people-language"
            label={t('filters.language')}
            options={taxonomy.options('languages')}
            value={filters.language}
            onChange={(language) => setFilter('language', language)}
          />
          <FilterSelect
            id="people-offers"
            label={t('filters.offers')}
            options={taxonomy.options('support')}
            value={filters.offers}
            onChange={(offers) => setFilter('offers', offers)}
          />
          <FilterSelect
            id="people-needs"
            label={t('filters.needs')}
            options={taxonomy.options('support')}
            value={filters.needs}
            onChange={(needs) => setFilter('needs', needs)}
          />
          <CheckboxField
            id="people-press"
            label={t('filters.openToPress')}
            checked={filters.openToPress === true}
            onChange={(checked) => setFilter('openToPress', checked || undefined)}
          />
        </FilterBar>
        <DirectoryResults
          id="people"
          query={people}
          itemKey={(profile) => profile.handle}
          renderItem={(profile) => <ProfileCard profile={profile} />}
          emptyIcon="people"
          emptyTitle={active ? t('people.emptyFiltered') : t('people.empty')}
          filtered={active}
          onClearFilters={() => setFilters({})}
        >
          {filters.topic && <TopicFollowButton slug={filters.topic} />}
        </DirectoryResults>
      </div>
    </>
  );
}
