import type { InfiniteData, UseInfiniteQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../lib/messages';
import { Alert } from './ui/alert';
import { PersonList, type PersonRow } from './ui/person-list';
import { LoadingState } from './ui/spinner';

interface FollowerListProps {
  /** The followers, fetched a page at a time by the server's cursor. */
  followers: UseInfiniteQueryResult<InfiniteData<{ items: PersonRow[] }, unknown>>;
  emptyTitle: ReactNode;
}

/** The people who follow a profile or an organisation, with "Load more" and errors on the spot. */
export function FollowerList({ followers, emptyTitle }: FollowerListProps) {
  const { t } = useTranslation();
  if (followers.isPending) return <LoadingState label={t('common.loading')} />;
  if (!followers.data) return <Alert tone="error">{errorMessage(t, followers.error)}</Alert>;
  return (
    <>
      <PersonList
        people={followers.data.pages.flatMap((page) => page.items)}
        emptyTitle={emptyTitle}
        loadMoreLabel={t('directory.loadMore')}
        hasMore={followers.hasNextPage}
        loadingMore={followers.isFetchingNextPage}
        onLoadMore={() => void followers.fetchNextPage()}
      />
      {followers.isError && <Alert tone="error">{errorMessage(t, followers.error)}</Alert>}
    </>
  );
}
