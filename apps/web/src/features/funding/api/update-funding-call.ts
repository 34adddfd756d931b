import { FundingCall, type UpdateFundingCallRequest } from '@open-spaces/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export const updateFundingCall = ({ id, body }: { id: string; body: UpdateFundingCallRequest }) =>
  apiRequest(`/api/funding-calls/${encodeURIComponent(id)}`, {
    method: 'PATCH',
    body,
    auth: true,
    schema: FundingCall,
  });

export function useUpdateFundingCall() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateFundingCall,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['funding-calls'] }),
  });
}
