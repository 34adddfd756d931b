import { FollowerPage } from '@open-spaces/contracts';
import { infiniteQueryOptions } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

/** People following a person, newest first, as the viewer may see them; a page at a time. */
export const profileFollowersQueryOptions = (handle: string, signedIn: boolean) =>
  infiniteQueryOptions({
    queryKey: ['profiles', 'followers', handle, signedIn],
    initialPageParam: null as string | null,
    queryFn: ({ pageParam, signal }) => {
      const params = new URLSearchParams({ limit: '20' });
      if (pageParam) params.set('after', pageParam);
      return apiRequest(`/api/profiles/${encodeURIComponent(handle)}/followers?${params}`, {
        auth: signedIn,
        schema: FollowerPage,
        signal,
      });
    },
    getNextPageParam: (page) => page.nextCursor,
  });
