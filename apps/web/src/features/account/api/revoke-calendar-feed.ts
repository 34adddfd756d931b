import { CalendarFeed } from '@open-spaces/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { calendarFeedQueryOptions } from './get-calendar-feed';

export const revokeCalendarFeed = () =>
  apiRequest('/api/me/calendar-feed', { method: 'DELETE', auth: true, schema: CalendarFeed });

export function useRevokeCalendarFeed() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: revokeCalendarFeed,
    onSuccess: (feed) => queryClient.setQueryData(calendarFeedQueryOptions().queryKey, feed),
  });
}
