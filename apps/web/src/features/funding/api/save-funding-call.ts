import { FundingCallSaveState } from '@open-spaces/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

/** Saves a call for the viewer (organisation null) or for an organisation they edit. */
export const saveFundingCall = ({ id, organisation }: { id: string; organisation: string | null }) =>
  apiRequest(`/api/funding-calls/${encodeURIComponent(id)}/saves`, {
    method: 'POST',
    body: { organisation },
    auth: true,
    schema: FundingCallSaveState,
  });

export function useSaveFundingCall() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveFundingCall,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['funding-calls'] }),
  });
}
