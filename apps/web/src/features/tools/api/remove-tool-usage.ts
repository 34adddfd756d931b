import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export const removeToolUsage = ({ slug, organisation }: { slug: string; organisation: string }) =>
  apiRequest(`/api/tools/${encodeURIComponent(slug)}/usages/${encodeURIComponent(organisation)}`, {
    method: 'DELETE',
    auth: true,
  });

export function useRemoveToolUsage() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: removeToolUsage,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['tools'] }),
  });
}
