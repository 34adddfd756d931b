import { NotificationPreferences } from '@open-spaces/contracts';
import { queryOptions } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

/** How each kind of notification reaches the person, and their digest. */
export const notificationPreferencesQueryOptions = () =>
  queryOptions({
    queryKey: ['me', 'notification-preferences'],
    queryFn: ({ signal }) =>
      apiRequest('/api/me/notification-preferences', {
        auth: true,
        schema: NotificationPreferences,
        signal,
      }),
  });
