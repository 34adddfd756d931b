import { BlockPage } from '@open-spaces/contracts';
import { infiniteQueryOptions } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

/** The people this account blocked, newest first; a page at a time. */
export const blocksQueryOptions = () =>
  infiniteQueryOptions({
    queryKey: ['me', 'blocks'],
    initialPageParam: null as string | null,
    queryFn: ({ pageParam, signal }) => {
      const params = new URLSearchParams({ limit: '20' });
      if (pageParam) params.set('after', pageParam);
      return apiRequest(`/api/me/blocks?${params}`, { auth: true, schema: BlockPage, signal });
    },
    getNextPageParam: (page) => page.nextCursor,
  });
