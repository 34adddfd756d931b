import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { sessionsQueryOptions } from './get-sessions';

export const revokeSession = (id: string) =>
  apiRequest(`/api/me/sessions/${encodeURIComponent(id)}`, { method: 'DELETE', auth: true });

export function useRevokeSession() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: revokeSession,
    onSettled: () => queryClient.invalidateQueries({ queryKey: sessionsQueryOptions().queryKey }),
  });
}
