import { PartnerSearch, type UpdatePartnerSearchRequest } from '@open-spaces/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { partnerSearchQueryKey } from './get-partner-search';

export const updatePartnerSearch = ({ id, ...body }: UpdatePartnerSearchRequest & { id: string }) =>
  apiRequest(`/api/partner-searches/${encodeURIComponent(id)}`, {
    method: 'PATCH',
    body,
    auth: true,
    schema: PartnerSearch,
  });

export function useUpdatePartnerSearch() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updatePartnerSearch,
    onSuccess: (search) => {
      queryClient.setQueryData(partnerSearchQueryKey(search.id), search);
      return queryClient.invalidateQueries({ queryKey: ['partner-searches', 'directory'] });
    },
  });
}
