import { MemberPage } from '@open-spaces/contracts';
import { infiniteQueryOptions } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export const membersQueryOptions = (slug: string, signedIn: boolean) =>
  infiniteQueryOptions({
    queryKey: ['organisations', 'members', slug, signedIn],
    initialPageParam: null as string | null,
    queryFn: ({ pageParam, signal }) => {
      const params = new URLSearchParams({ limit: '50' });
      if (pageParam) params.set('after', pageParam);
      return apiRequest(`/api/organisations/${encodeURIComponent(slug)}/members?${params}`, {
        auth: signedIn,
        schema: MemberPage,
        signal,
      });
    },
    getNextPageParam: (page) => page.nextCursor,
  });
