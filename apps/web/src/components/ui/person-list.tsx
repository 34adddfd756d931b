import type { ImageUrls } from '@open-spaces/contracts';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { Avatar } from './avatar';
import { EmptyState } from './empty-state';
import { LoadMoreButton } from './load-more-button';
import { useLoadMore } from './use-load-more';

export interface PersonRow {
  handle: string;
  displayName: string;
  headline: string;
  avatar: ImageUrls | null;
}

interface PersonListProps {
  people: PersonRow[];
  emptyTitle: ReactNode;
  /** Paging by the server's cursor: shown while there is a next page. */
  loadMoreLabel?: ReactNode;
  hasMore?: boolean;
  loadingMore?: boolean;
  onLoadMore?: () => void;
}

/** A list of people linking to their profiles, e.g. followers, with "Load more" for long lists. */
export function PersonList({
  people,
  emptyTitle,
  loadMoreLabel,
  hasMore = false,
  loadingMore = false,
  onLoadMore,
}: PersonListProps) {
  const { listRef, loadMore } = useLoadMore(people.length, onLoadMore ?? noLoad, loadingMore);
  if (people.length === 0) return <EmptyState icon="people" title={emptyTitle} />;
  return (
    <div className="stack-s">
      <ul className="person-list" ref={listRef}>
        {people.map((person) => (
          <li key={person.handle} className="person-list__item">
            <Avatar name={person.displayName} image={person.avatar} size="small" />
            <div className="person-list__body">
              <Link to={`/people/${person.handle}`} className="person-list__name">
                {person.displayName}
              </Link>
              {person.headline && <p className="person-list__headline muted">{person.headline}</p>}
            </div>
          </li>
        ))}
      </ul>
      {hasMore && onLoadMore && (
        <LoadMoreButton label={loadMoreLabel} loading={loadingMore} onLoadMore={loadMore} />
      )}
    </div>
  );
}

function noLoad(): void {}
