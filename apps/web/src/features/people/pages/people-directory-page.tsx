import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { CheckboxField } from '../../../components/ui/checkbox-field';
import { EmptyState } from '../../../components/ui/empty-state';
import { FilterBar } from '../../../components/ui/filter-bar';
import { PageHeader } from '../../../components/ui/page-header';
import { SelectField } from '../../../components/ui/select-field';
import { SkeletonList } from '../../../components/ui/skeleton';
import { errorMessage } from '../../../lib/messages';
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
  const items = people.data?.pages.flatMap((page) => page.items) ?? [];
  const any = t('directory.any');

  return (
    <>
      <PageHeader title={t('people.title')} lead={t('people.lead')} />
      <div className="directory">
        <FilterBar
          id="people"
          searchLabel={t('people.searchLabel')}
          query={filters.q}
          onSearch={(q) => setFilter('q', q)}
          onClear={() => setFilters({})}
          active={active}
        >
          <SelectField
            id="people-topic"
            label={t('filters.topic')}
            emptyLabel={any}
            options={taxonomy.options('topics')}
            value={filters.topic ?? ''}
            onChange={(event) => setFilter('topic', event.target.value || undefined)}
          />
          <SelectField
            id="people-country"
            label={t('filters.country')}
            emptyLabel={any}
            options={taxonomy.countryOptions()}
            value={filters.country ?? ''}
            onChange={(event) => setFilter('country', event.target.value || undefined)}
          />
          <SelectField
            id="people-language"
            label={t('filters.language')}
            emptyLabel={any}
            options={taxonomy.options('languages')}
            value={filters.language ?? ''}
            onChange={(event) => setFilter('language', event.target.value || undefined)}
          />
          <SelectField
            id="people-offers"
            label={t('filters.offers')}
            emptyLabel={any}
            options={taxonomy.options('support')}
            value={filters.offers ?? ''}
            onChange={(event) => setFilter('offers', event.target.value || undefined)}
          />
          <SelectField
            id="people-needs"
            label={t('filters.needs')}
            emptyLabel={any}
            options={taxonomy.options('support')}
            value={filters.needs ?? ''}
            onChange={(event) => setFilter('needs', event.target.value || undefined)}
          />
          <CheckboxField
            id="people-press"
            label={t('filters.openToPress')}
            checked={filters.openToPress === true}
            onChange={(checked) => setFilter('openToPress', checked || undefined)}
          />
        </FilterBar>
        <section className="directory__results" aria-labelledby="people-results">
          <h2 id="people-results" className="visually-hidden">
            {t('directory.results')}
          </h2>
          {filters.topic && <TopicFollowButton slug={filters.topic} />}
          {people.isPending && <SkeletonList label={t('common.loading')} />}
          {people.isError && !people.data && (
            <Alert tone="error" title={t('directory.loadFailed')}>
              <p>{errorMessage(t, people.error)}</p>
              <Button variant="secondary" size="small" onClick={() => void people.refetch()}>
                {t('common.tryAgain')}
              </Button>
            </Alert>
          )}
          {people.isSuccess && items.length === 0 && (
            <EmptyState icon="people" title={active ? t('people.emptyFiltered') : t('people.empty')}>
              {active && (
                <Button variant="secondary" size="small" onClick={() => setFilters({})}>
                  {t('directory.clearFilters')}
                </Button>
              )}
            </EmptyState>
          )}
          {items.length > 0 && (
            <ul className="directory__list">
              {items.map((profile) => (
                <li key={profile.handle}>
                  <ProfileCard profile={profile} />
                </li>
              ))}
            </ul>
          )}
          {people.hasNextPage && (
            <div className="directory__more">
              <Button
                variant="secondary"
                loading={people.isFetchingNextPage}
                onClick={() => void people.fetchNextPage()}
              >
                {t('directory.loadMore')}
              </Button>
            </div>
          )}
          {people.isFetchNextPageError && <Alert tone="error">{errorMessage(t, people.error)}</Alert>}
        </section>
      </div>
    </>
  );
}
