import { Event, type RsvpRequest } from '@open-spaces/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { eventQueryOptions } from './get-event';

export const answerEvent = ({ id, state }: { id: string; state: RsvpRequest['state'] }) =>
  apiRequest(`/api/events/${encodeURIComponent(id)}/rsvp`, {
    method: 'PUT',
    body: { state },
    auth: true,
    schema: Event,
  });

export function useAnswerEvent() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: answerEvent,
    onSuccess: (event) => {
      queryClient.setQueryData(eventQueryOptions(event.id, true).queryKey, event);
      void queryClient.invalidateQueries({ queryKey: ['events', 'directory'] });
      void queryClient.invalidateQueries({ queryKey: ['events', 'participants', event.id] });
    },
  });
}
