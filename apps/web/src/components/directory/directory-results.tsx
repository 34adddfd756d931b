import type { InfiniteData, UseInfiniteQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../lib/messages';
import { Alert } from '../ui/alert';
import { Button } from '../ui/button';
import { EmptyState } from '../ui/empty-state';
import type { IconName } from '../ui/icon';
import { LoadMoreButton } from '../ui/load-more-button';
import { SkeletonList } from '../ui/skeleton';
import { useLoadMore } from '../ui/use-load-more';

interface DirectoryResultsProps<T> {
  /** Prefixes the id of the results' heading, e.g. "people" gives "people-results". */
  id: string;
  /** The directory's pages, fetched a page at a time by the server's cursor. */
  query: UseInfiniteQueryResult<InfiniteData<{ items: T[] }, unknown>>;
  itemKey: (item: T) => string;
  renderItem: (item: T) => ReactNode;
  emptyIcon: IconName;
  emptyTitle: ReactNode;
  /** Whether any filter is set: an empty list then offers to clear them. */
  filtered: boolean;
  onClearFilters: () => void;
  /** Shown above the results, such as a button to follow the chosen topic. */
  children?: ReactNode;
}

/**
 * A directory's results: placeholders while the first page loads, an error with a retry, an
 * empty state, the list, and "Load more" while the server has a next page.
 */
export function DirectoryResults<T>({
  id,
  query,
  itemKey,
  renderItem,
  emptyIcon,
  emptyTitle,
  filtered,
  onClearFilters,
  children,
}: DirectoryResultsProps<T>) {
  const { t } = useTranslation();
  const items = query.data?.pages.flatMap((page) => page.items) ?? [];
  const { listRef, loadMore } = useLoadMore(items.length, query.fetchNextPage, query.isFetchingNextPage);

  return (
    <section className="directory__results" aria-labelledby={`${id}-results`}>
      <h2 id={`${id}-results`} className="visually-hidden">
        {t('directory.results')}
      </h2>
      {children}
      {query.isPending && <SkeletonList label={t('common.loading')} />}
      {query.isError && !query.data && (
        <Alert tone="error" title={t('directory.loadFailed')}>
          <p>{errorMessage(t, query.error)}</p>
          <Button variant="secondary" size="small" onClick={() => void query.refetch()}>
            {t('common.tryAgain')}
          </Button>
        </Alert>
      )}
      {query.isSuccess && items.length === 0 && (
        <EmptyState icon={emptyIcon} title={emptyTitle}>
          {filtered && (
            <Button variant="secondary" size="small" onClick={onClearFilters}>
              {t('directory.clearFilters')}
            </Button>
          )}
        </EmptyState>
      )}
      {items.length > 0 && (
        <ul className="directory__list" ref={listRef}>
          {items.map((item) => (
            <li key={itemKey(item)}>{renderItem(item)}</li>
          ))}
        </ul>
      )}
      {query.hasNextPage && (
        <div className="directory__more">
          <LoadMoreButton
            label={t('directory.loadMore')}
            loading={query.isFetchingNextPage}
            onLoadMore={loadMore}
          />
        </div>
      )}
      {query.isFetchNextPageError && <Alert tone="error">{errorMessage(t, query.error)}</Alert>}
    </section>
  );
}
