import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export const suspendAccount = ({ accountId, reason }: { accountId: string; reason: string }) =>
  apiRequest(`/api/moderation/accounts/${encodeURIComponent(accountId)}/suspend`, {
    method: 'POST',
    body: { reason },
    auth: true,
  });

export function useSuspendAccount() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: suspendAccount,
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['moderation'] }),
  });
}
