import { Me, type UpdateMeRequest } from '@open-spaces/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { sessionQueryKey } from '../../../lib/session';
import { meQueryOptions } from './get-me';

/** Changes the signed-in account's settings, such as the language its mails are written in. */
export const updateMe = (body: UpdateMeRequest) =>
  apiRequest('/api/me', { method: 'PATCH', body, auth: true, schema: Me });

export function useUpdateMe() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateMe,
    onSuccess: (me) => {
      queryClient.setQueryData(sessionQueryKey, me);
      queryClient.setQueryData(meQueryOptions().queryKey, me);
    },
  });
}
