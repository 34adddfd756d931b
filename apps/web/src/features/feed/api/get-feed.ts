import { FeedPage } from '@open-spaces/contracts';
import { infiniteQueryOptions } from '@tanstack/react-query';
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
