import { Post, type UpdatePostRequest } from '@open-spaces/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export const updatePost = ({ slug, body }: { slug: string; body: UpdatePostRequest }) =>
  apiRequest(`/api/posts/${encodeURIComponent(slug)}`, { method: 'PATCH', body, auth: true, schema: Post });

export function useUpdatePost() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updatePost,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['posts'] }),
  });
}
