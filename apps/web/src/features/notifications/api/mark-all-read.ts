import { type MarkAllReadRequest, UnreadCount } from '@open-spaces/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { unreadCountQueryOptions } from './get-unread-count';

/**
 * Marks read everything up to `upTo`, the newest notification the page shows; one that
 * arrived after it stays unread.
 */
export const markAllRead = (body: MarkAllReadRequest) =>
  apiRequest('/api/notifications/read', { method: 'POST', body, auth: true, schema: UnreadCount });

export function useMarkAllRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: markAllRead,
    onSuccess: (count) => queryClient.setQueryData(unreadCountQueryOptions().queryKey, count),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['notifications', 'list'] }),
  });
}
