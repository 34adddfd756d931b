import { UnreadCount } from '@open-spaces/contracts';
import { queryOptions } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

/** How many notifications are unread; live events set it as they arrive. */
export const unreadCountQueryOptions = () =>
  queryOptions({
    queryKey: ['notifications', 'unread-count'],
    queryFn: ({ signal }) =>
      apiRequest('/api/notifications/unread-count', { auth: true, schema: UnreadCount, signal }),
  });
