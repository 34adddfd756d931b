import { type CreateFundingCallRequest, FundingCall } from '@open-spaces/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export const createFundingCall = (body: CreateFundingCallRequest) =>
  apiRequest('/api/funding-calls', { method: 'POST', body, auth: true, schema: FundingCall });

export function useCreateFundingCall() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createFundingCall,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['funding-calls'] }),
  });
}
