import { PartnerSearch } from '@open-spaces/contracts';
import { queryOptions } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export const partnerSearchQueryKey = (id: string) => ['partner-searches', 'one', id] as const;

/** A partner search with its interests, coverage and, for the lead, suggestions. */
export const partnerSearchQueryOptions = (id: string) =>
  queryOptions({
    queryKey: partnerSearchQueryKey(id),
    queryFn: ({ signal }) =>
      apiRequest(`/api/partner-searches/${encodeURIComponent(id)}`, {
        auth: true,
        schema: PartnerSearch,
        signal,
      }),
  });
