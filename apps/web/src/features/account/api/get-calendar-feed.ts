import { CalendarFeed } from '@open-spaces/contracts';
import { queryOptions } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export const calendarFeedQueryOptions = () =>
  queryOptions({
    queryKey: ['me', 'calendar-feed'],
    queryFn: ({ signal }) =>
      apiRequest('/api/me/calendar-feed', { auth: true, schema: CalendarFeed, signal }),
  });
