import { UnsubscribeInfo } from '@open-spaces/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { unsubscribeInfoQueryOptions, unsubscribePath } from './get-unsubscribe';

/** Stops what an unsubscribe link names. Only ever sent when the person presses the button. */
export const unsubscribe = (token: string) =>
  apiRequest(unsubscribePath(token), { method: 'POST', body: {}, schema: UnsubscribeInfo });

export function useUnsubscribe(token: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => unsubscribe(token),
    onSuccess: (info) => queryClient.setQueryData(unsubscribeInfoQueryOptions(token).queryKey, info),
  });
}
