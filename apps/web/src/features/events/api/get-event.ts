import { Event } from '@open-spaces/contracts';
import { queryOptions } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export const eventQueryOptions = (id: string, signedIn: boolean) =>
  queryOptions({
    queryKey: ['events', 'one', id, signedIn],
    queryFn: ({ signal }) =>
      apiRequest(`/api/events/${encodeURIComponent(id)}`, { auth: signedIn, schema: Event, signal }),
  });
