import type { InfiniteData, UseInfiniteQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert';
import { EmptyState } from '../../../components/ui/empty-state';
import { LoadMoreButton } from '../../../components/ui/load-more-button';
import { SkeletonList } from '../../../components/ui/skeleton';
import { useLoadMore } from '../../../components/ui/use-load-more';
import { isApiError } from '../../../lib/api-client';
import { errorMessage } from '../../../lib/messages';

interface PagedListProps<T> {
  query: UseInfiniteQueryResult<InfiniteData<{ items: T[] }, unknown>>;
  itemKey: (item: T) => string;
  renderItem: (item: T) => ReactNode;
  empty: string;
  error: string;
  loadMore: string;
}

/** A moderation list: loading placeholders, a refusal or error, the empty state, the items, "load more". */
export function PagedList<T>({ query, itemKey, renderItem, empty, error, loadMore }: PagedListProps<T>) {
  const { t } = useTranslation();
  const items = query.data?.pages.flatMap((page) => page.items) ?? [];
  const more = useLoadMore(items.length, query.fetchNextPage, query.isFetchingNextPage);
  if (query.isPending) return <SkeletonList label={t('common.loading')} />;
  if (query.isError) {
    return (
      <Alert tone="error" title={error}>
        {isApiError(query.error) && query.error.status === 403
          ? t('errors.codes.forbidden')
          : errorMessage(t, query.error)}
      </Alert>
    );
  }
  if (items.length === 0) return <EmptyState icon="shield" title={empty} />;
  return (
    <>
      <ul className="directory__list" ref={more.listRef}>
        {items.map((item) => (
          <li key={itemKey(item)}>{renderItem(item)}</li>
        ))}
      </ul>
      {query.hasNextPage && (
        <LoadMoreButton label={loadMore} loading={query.isFetchingNextPage} onLoadMore={more.loadMore} />
      )}
    </>
  );
}
