import { FundingCall } from '@open-spaces/contracts';
import { queryOptions } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export const fundingCallQueryOptions = (id: string, signedIn: boolean) =>
  queryOptions({
    queryKey: ['funding-calls', 'one', id, signedIn],
    queryFn: ({ signal }) =>
      apiRequest(`/api/funding-calls/${encodeURIComponent(id)}`, {
        auth: signedIn,
        schema: FundingCall,
        signal,
      }),
  });
