import { FeedPage } from '@open-spaces/contracts';
import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

/** The home feed, newest first; each next page continues `before` the last one's cursor. */
export const feedQueryOptions = () =>
  infiniteQueryOptions({
    queryKey: ['feed'],
    initialPageParam: null as string | null,
    queryFn: ({ pageParam, signal }) => {
      const params = new URLSearchParams({ limit: '20' });
      if (pageParam) params.set('before', pageParam);
      return apiRequest(`/api/feed?${params}`, { auth: true, schema: FeedPage, signal });
    },
    getNextPageParam: (page) => page.nextCursor,
  });

/** At most this many waiting items are counted; the banner says "more than" beyond. */
export const WAITING_LIMIT = 50;

/**
 * What arrived after the newest item on the page (the catch-up), asked for when a live
 * signal says something may have: the count behind the "new items" banner.
 */
export const waitingFeedQueryOptions = (after: string | null, signal: string | null) =>
  queryOptions({
    queryKey: ['feed', 'waiting', after, signal],
    queryFn: ({ signal: abort }) => {
      const params = new URLSearchParams({ limit: String(WAITING_LIMIT), after: after ?? '' });
      return apiRequest(`/api/feed?${params}`, { auth: true, schema: FeedPage, signal: abort });
    },
    enabled: after !== null && signal !== null,
    staleTime: Number.POSITIVE_INFINITY,
  });
