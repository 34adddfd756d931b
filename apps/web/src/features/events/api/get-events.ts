import { EventPage } from '@open-spaces/contracts';
import { infiniteQueryOptions } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { type EventFilters, eventFiltersToParams } from '../components/event-filters-state';

export const eventsQueryOptions = (filters: EventFilters, signedIn: boolean) =>
  infiniteQueryOptions({
    queryKey: ['events', 'directory', filters, signedIn],
    initialPageParam: null as string | null,
    queryFn: ({ pageParam, signal }) => {
      const params = eventFiltersToParams(filters);
      if (pageParam) params.set('after', pageParam);
      params.set('limit', '20');
      return apiRequest(`/api/events?${params}`, { auth: signedIn, schema: EventPage, signal });
    },
    getNextPageParam: (page) => page.nextCursor,
  });
