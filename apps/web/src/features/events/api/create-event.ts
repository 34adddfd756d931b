import { type CreateEventRequest, Event } from '@open-spaces/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export const createEvent = (body: CreateEventRequest) =>
  apiRequest('/api/events', { method: 'POST', body, auth: true, schema: Event });

export function useCreateEvent() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createEvent,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['events', 'directory'] }),
  });
}
