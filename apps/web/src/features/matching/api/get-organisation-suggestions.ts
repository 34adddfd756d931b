import { OrganisationSuggestionLists } from '@open-spaces/contracts';
import { queryOptions } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

/** Partner organisations and people for an organisation its editor reads. */
export const organisationSuggestionsQueryOptions = (slug: string) =>
  queryOptions({
    queryKey: ['suggestions', 'organisation', slug],
    queryFn: ({ signal }) =>
      apiRequest(`/api/organisations/${encodeURIComponent(slug)}/suggestions?limit=20`, {
        auth: true,
        schema: OrganisationSuggestionLists,
        signal,
      }),
  });
