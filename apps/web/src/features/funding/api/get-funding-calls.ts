import { FundingCallPage } from '@open-spaces/contracts';
import { infiniteQueryOptions } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { type FundingFilters, fundingFiltersToParams } from '../components/funding-filters-state';

export const fundingCallsQueryOptions = (filters: FundingFilters, signedIn: boolean) =>
  infiniteQueryOptions({
    queryKey: ['funding-calls', 'directory', filters, signedIn],
    initialPageParam: null as string | null,
    queryFn: ({ pageParam, signal }) => {
      const params = fundingFiltersToParams(filters);
      if (pageParam) params.set('after', pageParam);
      params.set('limit', '20');
      return apiRequest(`/api/funding-calls?${params}`, { auth: signedIn, schema: FundingCallPage, signal });
    },
    getNextPageParam: (page) => page.nextCursor,
  });
