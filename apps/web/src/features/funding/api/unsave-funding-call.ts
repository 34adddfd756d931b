import { FundingCallSaveState } from '@open-spaces/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export const unsaveFundingCall = ({ id, organisation }: { id: string; organisation: string | null }) => {
  const query = organisation ? `?organisation=${encodeURIComponent(organisation)}` : '';
  return apiRequest(`/api/funding-calls/${encodeURIComponent(id)}/saves${query}`, {
    method: 'DELETE',
    auth: true,
    schema: FundingCallSaveState,
  });
};

export function useUnsaveFundingCall() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: unsaveFundingCall,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['funding-calls'] }),
  });
}
