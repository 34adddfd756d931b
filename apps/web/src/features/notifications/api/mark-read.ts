import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

/** Marks one notification read, as its person opens what it is about. */
export const markRead = (id: string) =>
  apiRequest(`/api/notifications/${encodeURIComponent(id)}/read`, { method: 'POST', auth: true });

export function useMarkRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: markRead,
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['notifications'] }),
  });
}
