import { Profile } from '@open-spaces/contracts';
import { queryOptions } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

/** A profile as the viewer may see it; a 404 means hidden from them or not there. An old handle redirects. */
export const profileQueryOptions = (handle: string, signedIn: boolean) =>
  queryOptions({
    queryKey: ['profiles', 'one', handle, signedIn],
    queryFn: ({ signal }) =>
      apiRequest(`/api/profiles/${encodeURIComponent(handle)}`, {
        auth: signedIn,
        schema: Profile,
        signal,
      }),
  });
