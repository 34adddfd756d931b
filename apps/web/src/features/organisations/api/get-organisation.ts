import { Organisation } from '@open-spaces/contracts';
import { queryOptions } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export const organisationQueryOptions = (slug: string, signedIn: boolean) =>
  queryOptions({
    queryKey: ['organisations', 'one', slug, signedIn],
    queryFn: ({ signal }) =>
      apiRequest(`/api/organisations/${encodeURIComponent(slug)}`, {
        auth: signedIn,
        schema: Organisation,
        signal,
      }),
  });
