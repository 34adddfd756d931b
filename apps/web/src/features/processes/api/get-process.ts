import { Process } from '@open-spaces/contracts';
import { queryOptions } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export const processQueryKey = (id: string) => ['processes', 'one', id] as const;

/** A process with its phases and what the viewer may do in it now. */
export const processQueryOptions = (id: string, signedIn: boolean) =>
  queryOptions({
    queryKey: [...processQueryKey(id), signedIn],
    queryFn: ({ signal }) =>
      apiRequest(`/api/processes/${encodeURIComponent(id)}`, { auth: signedIn, schema: Process, signal }),
  });
