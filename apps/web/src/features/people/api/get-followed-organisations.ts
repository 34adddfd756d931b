import { FollowedOrganisationPage } from '@open-spaces/contracts';
import { infiniteQueryOptions } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

/** Organisations a person follows, newest first, as the viewer may see them; a page at a time. */
export const followedOrganisationsQueryOptions = (handle: string, signedIn: boolean) =>
  infiniteQueryOptions({
    queryKey: ['profiles', 'following', 'organisations', handle, signedIn],
    initialPageParam: null as string | null,
    queryFn: ({ pageParam, signal }) => {
      const params = new URLSearchParams({ limit: '20' });
      if (pageParam) params.set('after', pageParam);
      return apiRequest(`/api/profiles/${encodeURIComponent(handle)}/following/organisations?${params}`, {
        auth: signedIn,
        schema: FollowedOrganisationPage,
        signal,
      });
    },
    getNextPageParam: (page) => page.nextCursor,
  });
