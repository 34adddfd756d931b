import { PostPage } from '@open-spaces/contracts';
import { infiniteQueryOptions } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { type PostFilters, postFiltersToParams } from '../components/post-filters-state';

export const postsQueryOptions = (filters: PostFilters, signedIn: boolean) =>
  infiniteQueryOptions({
    queryKey: ['posts', 'latest', filters, signedIn],
    initialPageParam: null as string | null,
    queryFn: ({ pageParam, signal }) => {
      const params = postFiltersToParams(filters);
      if (pageParam) params.set('after', pageParam);
      params.set('limit', '20');
      return apiRequest(`/api/posts?${params}`, { auth: signedIn, schema: PostPage, signal });
    },
    getNextPageParam: (page) => page.nextCursor,
  });
