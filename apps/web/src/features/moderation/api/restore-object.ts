import type { ObjectActionRequest } from '@open-spaces/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export const restoreObject = (body: ObjectActionRequest) =>
  apiRequest('/api/moderation/restore', { method: 'POST', body, auth: true });

export function useRestoreObject() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: restoreObject,
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['moderation'] }),
  });
}
