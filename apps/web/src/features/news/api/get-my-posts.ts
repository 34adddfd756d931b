import { PostPage, type PostStatus } from '@open-spaces/contracts';
import { infiniteQueryOptions } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export const myPostsQueryOptions = (status: PostStatus | undefined) =>
  infiniteQueryOptions({
    queryKey: ['posts', 'mine', status ?? 'all'],
    initialPageParam: null as string | null,
    queryFn: ({ pageParam, signal }) => {
      const params = new URLSearchParams({ limit: '20' });
      if (status) params.set('status', status);
      if (pageParam) params.set('after', pageParam);
      return apiRequest(`/api/posts/mine?${params}`, { auth: true, schema: PostPage, signal });
    },
    getNextPageParam: (page) => page.nextCursor,
  });
