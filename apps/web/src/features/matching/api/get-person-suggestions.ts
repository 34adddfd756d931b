import { PersonSuggestionList } from '@open-spaces/contracts';
import { queryOptions } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

/** People the signed-in person could work with, best first, each with its reasons. */
export const personSuggestionsQueryOptions = () =>
  queryOptions({
    queryKey: ['suggestions', 'person'],
    queryFn: ({ signal }) =>
      apiRequest('/api/people/suggestions?limit=20', { auth: true, schema: PersonSuggestionList, signal }),
  });
