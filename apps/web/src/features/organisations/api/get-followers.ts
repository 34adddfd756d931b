import { FollowerPage } from '@open-spaces/contracts';
import { infiniteQueryOptions } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

/** People following an organisation, newest first, as the viewer may see them; a page at a time. */
export const organisationFollowersQueryOptions = (slug: string, signedIn: boolean) =>
  infiniteQueryOptions({
    queryKey: ['organisations', 'followers', slug, signedIn],
    initialPageParam: null as string | null,
    queryFn: ({ pageParam, signal }) => {
      const params = new URLSearchParams({ limit: '20' });
      if (pageParam) params.set('after', pageParam);
      return apiRequest(`/api/organisations/${encodeURIComponent(slug)}/followers?${params}`, {
        auth: signedIn,
        schema: FollowerPage,
        signal,
      });
    },
    getNextPageParam: (page) => page.nextCursor,
  });
