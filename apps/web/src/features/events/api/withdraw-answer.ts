import { Event } from '@open-spaces/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export const withdrawAnswer = (id: string) =>
  apiRequest(`/api/events/${encodeURIComponent(id)}/rsvp`, { method: 'DELETE', auth: true, schema: Event });

export function useWithdrawAnswer() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: withdrawAnswer,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['events'] }),
  });
}
