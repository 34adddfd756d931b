import { SuggestionList } from '@open-spaces/contracts';
import { queryOptions } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export const suggestionsQueryOptions = (q: string, signedIn: boolean) =>
  queryOptions({
    queryKey: ['search', 'suggestions', q, signedIn],
    queryFn: ({ signal }) =>
      apiRequest(`/api/search/suggestions?${new URLSearchParams({ q })}`, {
        auth: signedIn,
        schema: SuggestionList,
        signal,
      }),
    staleTime: 30_000,
  });
