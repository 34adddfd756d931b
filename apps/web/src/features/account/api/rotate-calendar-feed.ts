import { CalendarFeed } from '@open-spaces/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { calendarFeedQueryOptions } from './get-calendar-feed';

/** Makes a new secret address; the answer is the only time it is shown. */
export const rotateCalendarFeed = () =>
  apiRequest('/api/me/calendar-feed', { method: 'POST', auth: true, schema: CalendarFeed });

export function useRotateCalendarFeed() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: rotateCalendarFeed,
    onSuccess: (feed) => queryClient.setQueryData(calendarFeedQueryOptions().queryKey, feed),
  });
}
