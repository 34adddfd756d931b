import { Petition } from '@open-spaces/contracts';
import { queryOptions } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export const petitionQueryOptions = (id: string, signedIn: boolean) =>
  queryOptions({
    queryKey: ['petitions', 'one', id, signedIn],
    queryFn: ({ signal }) =>
      apiRequest(`/api/petitions/${encodeURIComponent(id)}`, { auth: signedIn, schema: Petition, signal }),
  });
