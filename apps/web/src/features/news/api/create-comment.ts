import { Comment, type CreateCommentRequest } from '@open-spaces/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export const createComment = ({ slug, body }: { slug: string; body: CreateCommentRequest }) =>
  apiRequest(`/api/posts/${encodeURIComponent(slug)}/comments`, {
    method: 'POST',
    body,
    auth: true,
    schema: Comment,
  });

export function useCreateComment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createComment,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['posts'] }),
  });
}
