import { SimilarCaseList } from '@open-spaces/contracts';
import { queryOptions } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export const similarCasesQueryOptions = (id: string, signedIn: boolean) =>
  queryOptions({
    queryKey: ['cases', 'similar', id, signedIn],
    queryFn: ({ signal }) =>
      apiRequest(`/api/cases/${encodeURIComponent(id)}/similar`, {
        auth: signedIn,
        schema: SimilarCaseList,
        signal,
      }),
  });
