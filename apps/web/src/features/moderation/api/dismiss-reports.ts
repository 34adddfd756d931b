import type { ObjectActionRequest } from '@open-spaces/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export const dismissReports = (body: ObjectActionRequest) =>
  apiRequest('/api/moderation/dismiss', { method: 'POST', body, auth: true });

export function useDismissReports() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: dismissReports,
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['moderation'] }),
  });
}
