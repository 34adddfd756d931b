import type { FollowedOrganisationPage } from '@open-spaces/contracts';
import type { InfiniteData, UseInfiniteQueryResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Alert } from '../../../components/ui/alert';
import { EmptyState } from '../../../components/ui/empty-state';
import { LoadMoreButton } from '../../../components/ui/load-more-button';
import { LoadingState } from '../../../components/ui/spinner';
import { useLoadMore } from '../../../components/ui/use-load-more';
import { errorMessage } from '../../../lib/messages';

interface FollowedOrganisationListProps {
  organisations: UseInfiniteQueryResult<InfiniteData<FollowedOrganisationPage, unknown>>;
}

/** The organisations a person follows, linking to their pages, a page at a time. */
export function FollowedOrganisationList({ organisations }: FollowedOrganisationListProps) {
  const { t } = useTranslation();
  const items = organisations.data?.pages.flatMap((page) => page.items) ?? [];
  const { listRef, loadMore } = useLoadMore(
    items.length,
    organisations.fetchNextPage,
    organisations.isFetchingNextPage,
  );
  if (organisations.isPending) return <LoadingState label={t('common.loading')} />;
  if (!organisations.data) return <Alert tone="error">{errorMessage(t, organisations.error)}</Alert>;
  if (items.length === 0) return <EmptyState icon="organisation" title={t('follows.noOrganisations')} />;
  return (
    <div className="stack-s">
      <ul className="person-list" ref={listRef}>
        {items.map((organisation) => (
          <li key={organisation.slug} className="person-list__item person-list__item--plain">
            <Link to={`/organisations/${organisation.slug}`} className="person-list__name">
              {organisation.name}
            </Link>
          </li>
        ))}
      </ul>
      {organisations.hasNextPage && (
        <LoadMoreButton
          label={t('follows.loadMoreOrganisations')}
          loading={organisations.isFetchingNextPage}
          onLoadMore={loadMore}
        />
      )}
      {organisations.isError && <Alert tone="error">{errorMessage(t, organisations.error)}</Alert>}
    </div>
  );
}
