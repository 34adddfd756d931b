import type { InfiniteData, UseInfiniteQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../lib/messages';
import { Alert } from './ui/alert';
import { PersonList, type PersonRow } from './ui/person-list';
import { LoadingState } from './ui/spinner';

interface PagedPersonListProps {
  /** The people, fetched a page at a time by the server's cursor. */
  people: UseInfiniteQueryResult<InfiniteData<{ items: PersonRow[] }, unknown>>;
  emptyTitle: ReactNode;
  /** What "Load more" says; a page with two paged lists names what each one loads. */
  loadMoreLabel?: ReactNode;
}

/**
 * People paged by the server (followers of a profile or an organisation, the people a
 * person follows), with "Load more" and errors on the spot.
 */
export function PagedPersonList({ people, emptyTitle, loadMoreLabel }: PagedPersonListProps) {
  const { t } = useTranslation();
  if (people.isPending) return <LoadingState label={t('common.loading')} />;
  if (!people.data) return <Alert tone="error">{errorMessage(t, people.error)}</Alert>;
  return (
    <>
      <PersonList
        people={people.data.pages.flatMap((page) => page.items)}
        emptyTitle={emptyTitle}
        loadMoreLabel={loadMoreLabel ?? t('directory.loadMore')}
        hasMore={people.hasNextPage}
        loadingMore={people.isFetchingNextPage}
        onLoadMore={() => void people.fetchNextPage()}
      />
      {people.isError && <Alert tone="error">{errorMessage(t, people.error)}</Alert>}
    </>
  );
}
