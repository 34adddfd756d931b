import { Following } from '@open-spaces/contracts';
import { queryOptions } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

/** The people, organisations and topics a person follows, as the viewer may see them. */
export const followingQueryOptions = (handle: string, signedIn: boolean) =>
  queryOptions({
    queryKey: ['profiles', 'following', handle, signedIn],
    queryFn: ({ signal }) =>
      apiRequest(`/api/profiles/${encodeURIComponent(handle)}/following`, {
        auth: signedIn,
        schema: Following,
        signal,
      }),
  });
