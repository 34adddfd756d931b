import { EligibleFundingCallPage } from '@open-spaces/contracts';
import { infiniteQueryOptions } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export const eligibleFundingCallsQueryOptions = (organisationSlug: string, all: boolean) =>
  infiniteQueryOptions({
    queryKey: ['funding-calls', 'for', organisationSlug, all],
    initialPageParam: null as string | null,
    queryFn: ({ pageParam, signal }) => {
      const params = new URLSearchParams({ limit: '20', all: String(all) });
      if (pageParam) params.set('after', pageParam);
      return apiRequest(`/api/funding-calls/for/${encodeURIComponent(organisationSlug)}?${params}`, {
        auth: true,
        schema: EligibleFundingCallPage,
        signal,
      });
    },
    getNextPageParam: (page) => page.nextCursor,
  });
