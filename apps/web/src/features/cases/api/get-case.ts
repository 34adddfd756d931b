import { Case } from '@open-spaces/contracts';
import { queryOptions } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export const caseQueryOptions = (id: string, signedIn: boolean) =>
  queryOptions({
    queryKey: ['cases', 'one', id, signedIn],
    queryFn: ({ signal }) =>
      apiRequest(`/api/cases/${encodeURIComponent(id)}`, { auth: signedIn, schema: Case, signal }),
  });
