import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export const deleteComment = (id: string) =>
  apiRequest(`/api/comments/${encodeURIComponent(id)}`, { method: 'DELETE', auth: true });

export function useDeleteComment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteComment,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['posts'] }),
  });
}
