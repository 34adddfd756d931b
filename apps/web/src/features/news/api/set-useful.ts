import { UsefulState } from '@open-spaces/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export const setUseful = ({ slug, useful }: { slug: string; useful: boolean }) =>
  apiRequest(`/api/posts/${encodeURIComponent(slug)}/useful`, {
    method: useful ? 'PUT' : 'DELETE',
    auth: true,
    schema: UsefulState,
  });

export function useSetUseful() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: setUseful,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['posts', 'one'] }),
  });
}
