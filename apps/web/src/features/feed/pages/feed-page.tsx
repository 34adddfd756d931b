import type { FeedObject } from '@open-spaces/contracts';
import { useInfiniteQuery, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { EmptyState } from '../../../components/ui/empty-state';
import { LoadMoreButton } from '../../../components/ui/load-more-button';
import { NewItemsBanner } from '../../../components/ui/new-items-banner';
import { PageHeader } from '../../../components/ui/page-header';
import { SkeletonList } from '../../../components/ui/skeleton';
import { useLoadMore } from '../../../components/ui/use-load-more';
import { useFeedSignal } from '../../../lib/live';
import { errorMessage } from '../../../lib/messages';
import { feedQueryOptions, WAITING_LIMIT, waitingFeedQueryOptions } from '../api/get-feed';
import { FeedItemCard } from '../components/feed-item';
import '../components/feed.css';

/**
 * The signed-in home page: what the people, organisations and topics the person follows,
 * and their own organisations, published, newest first. Each object is drawn by
 * `renderObject`, which the app gives from the section that owns it.
 */
export function FeedPage({ renderObject }: { renderObject: (object: FeedObject) => ReactNode }) {
  const { t } = useTranslation();
  const feed = useInfiniteQuery(feedQueryOptions());
  const items = feed.data?.pages.flatMap((page) => page.items) ?? [];
  const { listRef, loadMore } = useLoadMore(items.length, feed.fetchNextPage, feed.isFetchingNextPage);
  // New items wait behind a banner until asked for, so nothing moves under the reader.
  const queryClient = useQueryClient();
  const signal = useFeedSignal();
  const newest = feed.data?.pages[0]?.catchUpCursor ?? null;
  const waiting = useQuery(waitingFeedQueryOptions(newest, signal));
  const waitingCount = waiting.data?.items.length ?? 0;
  const showNew = async () => {
    await queryClient.resetQueries({ queryKey: feedQueryOptions().queryKey, exact: true });
    window.scrollTo({ top: 0 });
    listRef.current?.querySelector<HTMLElement>('a[href]')?.focus();
  };

  return (
    <>
      <PageHeader title={t('feed.title')} lead={t('feed.lead')} />
      <section className="feed" aria-labelledby="feed-items">
        <h2 id="feed-items" className="visually-hidden">
          {t('feed.itemsTitle')}
        </h2>
        {waitingCount > 0 && (
          <NewItemsBanner
            message={
              waiting.data?.nextCursor
                ? t('feed.newItemsMany', { count: WAITING_LIMIT })
                : t('feed.newItems', { count: waitingCount })
            }
            showLabel={t('feed.showNew')}
            onShow={() => void showNew()}
          />
        )}
        {feed.isPending && <SkeletonList label={t('common.loading')} />}
        {feed.isError && !feed.data && (
          <Alert tone="error" title={t('feed.loadFailed')}>
            <p>{errorMessage(t, feed.error)}</p>
            <Button variant="secondary" size="small" onClick={() => void feed.refetch()}>
              {t('common.tryAgain')}
            </Button>
          </Alert>
        )}
        {feed.isSuccess && items.length === 0 && (
          <EmptyState icon="news" title={t('feed.empty')}>
            <p>{t('feed.emptyHint')}</p>
            <ul className="feed__suggestions">
              <li>
                <Link to="/people">{t('feed.findPeople')}</Link>
              </li>
              <li>
                <Link to="/organisations">{t('feed.findOrganisations')}</Link>
              </li>
              <li>
                <Link to="/people">{t('feed.findTopics')}</Link>
              </li>
            </ul>
          </EmptyState>
        )}
        {items.length > 0 && (
          <ul className="feed__list" ref={listRef}>
            {items.map((item) => (
              <li key={item.id}>
                <FeedItemCard item={item}>{renderObject(item.object)}</FeedItemCard>
              </li>
            ))}
          </ul>
        )}
        {feed.hasNextPage && (
          <div className="feed__more">
            <LoadMoreButton
              label={t('feed.loadMore')}
              loading={feed.isFetchingNextPage}
              onLoadMore={loadMore}
            />
          </div>
        )}
        {feed.isFetchNextPageError && <Alert tone="error">{errorMessage(t, feed.error)}</Alert>}
      </section>
    </>
  );
}
