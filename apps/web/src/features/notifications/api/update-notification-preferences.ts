import { NotificationPreferences, type UpdateNotificationPreferences } from '@open-spaces/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { notificationPreferencesQueryOptions } from './get-notification-preferences';

export const updateNotificationPreferences = (body: UpdateNotificationPreferences) =>
  apiRequest('/api/me/notification-preferences', {
    method: 'PATCH',
    body,
    auth: true,
    schema: NotificationPreferences,
  });

export function useUpdateNotificationPreferences() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateNotificationPreferences,
    onSuccess: (preferences) =>
      queryClient.setQueryData(notificationPreferencesQueryOptions().queryKey, preferences),
  });
}
