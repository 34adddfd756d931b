import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export const removeMember = ({ slug, handle }: { slug: string; handle: string }) =>
  apiRequest(`/api/organisations/${encodeURIComponent(slug)}/members/${encodeURIComponent(handle)}`, {
    method: 'DELETE',
    auth: true,
  });

export function useRemoveMember() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: removeMember,
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['organisations'] }),
  });
}
