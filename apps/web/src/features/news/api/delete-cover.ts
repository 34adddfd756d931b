import { Post } from '@open-spaces/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export const deleteCover = (slug: string) =>
  apiRequest(`/api/posts/${encodeURIComponent(slug)}/cover`, { method: 'DELETE', auth: true, schema: Post });

export function useDeleteCover(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => deleteCover(slug),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['posts'] }),
  });
}
