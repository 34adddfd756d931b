import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export const unsuspendAccount = ({ accountId, reason }: { accountId: string; reason: string }) =>
  apiRequest(`/api/moderation/accounts/${encodeURIComponent(accountId)}/unsuspend`, {
    method: 'POST',
    body: { reason },
    auth: true,
  });

export function useUnsuspendAccount() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: unsuspendAccount,
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['moderation'] }),
  });
}
