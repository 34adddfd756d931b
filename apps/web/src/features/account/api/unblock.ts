import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { blocksQueryOptions } from './get-blocks';

export const unblock = (handle: string) =>
  apiRequest(`/api/blocks/${encodeURIComponent(handle)}`, { method: 'DELETE', auth: true });

export function useUnblock() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: unblock,
    onSettled: () => queryClient.invalidateQueries({ queryKey: blocksQueryOptions().queryKey }),
  });
}
