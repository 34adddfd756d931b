import { FollowedPeoplePage } from '@open-spaces/contracts';
import { infiniteQueryOptions } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

/** People a person follows, newest first, as the viewer may see them; a page at a time. */
export const followedPeopleQueryOptions = (handle: string, signedIn: boolean) =>
  infiniteQueryOptions({
    queryKey: ['profiles', 'following', 'people', handle, signedIn],
    initialPageParam: null as string | null,
    queryFn: ({ pageParam, signal }) => {
      const params = new URLSearchParams({ limit: '20' });
      if (pageParam) params.set('after', pageParam);
      return apiRequest(`/api/profiles/${encodeURIComponent(handle)}/following/people?${params}`, {
        auth: signedIn,
        schema: FollowedPeoplePage,
        signal,
      });
    },
    getNextPageParam: (page) => page.nextCursor,
  });
