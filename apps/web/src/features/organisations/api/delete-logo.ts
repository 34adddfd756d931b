import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export const deleteLogo = (slug: string) =>
  apiRequest(`/api/organisations/${encodeURIComponent(slug)}/logo`, { method: 'DELETE', auth: true });

export function useDeleteLogo(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => deleteLogo(slug),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['organisations'] }),
  });
}
