import { Event } from '@open-spaces/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { eventQueryOptions } from './get-event';

export const withdrawAnswer = (id: string) =>
  apiRequest(`/api/events/${encodeURIComponent(id)}/rsvp`, { method: 'DELETE', auth: true, schema: Event });

export function useWithdrawAnswer() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: withdrawAnswer,
    onSuccess: (event) => {
      queryClient.setQueryData(eventQueryOptions(event.id, true).queryKey, event);
      void queryClient.invalidateQueries({ queryKey: ['events', 'directory'] });
      void queryClient.invalidateQueries({ queryKey: ['events', 'participants', event.id] });
    },
  });
}
