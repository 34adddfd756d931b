import { Comment, type UpdateCommentRequest } from '@open-spaces/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export const updateComment = ({ id, body }: { id: string; body: UpdateCommentRequest }) =>
  apiRequest(`/api/comments/${encodeURIComponent(id)}`, {
    method: 'PATCH',
    body,
    auth: true,
    schema: Comment,
  });

export function useUpdateComment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateComment,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['posts', 'comments'] }),
  });
}
