import type { HideObjectRequest } from '@open-spaces/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export const hideObject = (body: HideObjectRequest) =>
  apiRequest('/api/moderation/hide', { method: 'POST', body, auth: true });

export function useHideObject() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: hideObject,
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['moderation'] }),
  });
}
