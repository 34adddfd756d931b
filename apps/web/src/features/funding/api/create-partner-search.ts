import { type CreatePartnerSearchRequest, PartnerSearch } from '@open-spaces/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { partnerSearchQueryKey } from './get-partner-search';

export const createPartnerSearch = ({ callId, ...body }: CreatePartnerSearchRequest & { callId: string }) =>
  apiRequest(`/api/funding-calls/${encodeURIComponent(callId)}/partner-searches`, {
    method: 'POST',
    body,
    auth: true,
    schema: PartnerSearch,
  });

export function useCreatePartnerSearch() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createPartnerSearch,
    onSuccess: (search) => {
      queryClient.setQueryData(partnerSearchQueryKey(search.id), search);
      return queryClient.invalidateQueries({ queryKey: ['partner-searches'] });
    },
  });
}
