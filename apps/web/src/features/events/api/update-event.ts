import { Event, type UpdateEventRequest } from '@open-spaces/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { eventQueryOptions } from './get-event';

export const updateEvent = ({ id, body }: { id: string; body: UpdateEventRequest }) =>
  apiRequest(`/api/events/${encodeURIComponent(id)}`, { method: 'PATCH', body, auth: true, schema: Event });

export function useUpdateEvent() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateEvent,
    onSuccess: (event) => {
      queryClient.setQueryData(eventQueryOptions(event.id, true).queryKey, event);
      void queryClient.invalidateQueries({ queryKey: ['events', 'directory'] });
      void queryClient.invalidateQueries({ queryKey: ['events', 'participants', event.id] });
    },
  });
}
