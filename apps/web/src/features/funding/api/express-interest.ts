import { type ExpressInterestRequest, PartnerSearch } from '@open-spaces/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { partnerSearchQueryKey } from './get-partner-search';

export const expressInterest = ({ searchId, ...body }: ExpressInterestRequest & { searchId: string }) =>
  apiRequest(`/api/partner-searches/${encodeURIComponent(searchId)}/interests`, {
    method: 'POST',
    body,
    auth: true,
    schema: PartnerSearch,
  });

export function useExpressInterest() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: expressInterest,
    onSuccess: (search) => queryClient.setQueryData(partnerSearchQueryKey(search.id), search),
  });
}
