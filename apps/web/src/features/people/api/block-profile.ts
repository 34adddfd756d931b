import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export const blockProfile = (handle: string) =>
  apiRequest('/api/blocks', { method: 'POST', body: { handle }, auth: true });

export function useBlockProfile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: blockProfile,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['profiles', 'directory'] });
      void queryClient.invalidateQueries({ queryKey: ['me', 'blocks'] });
    },
  });
}
