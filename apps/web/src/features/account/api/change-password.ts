import type { ChangePasswordRequest } from '@open-spaces/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { apiRequest } from '../../../lib/api-client';
import { sessionsQueryOptions } from './get-sessions';

/** Changes the password; the server signs out every other session of the account. */
export const changePassword = (body: z.output<typeof ChangePasswordRequest>) =>
  apiRequest('/api/me/password', { method: 'POST', body, auth: true });

export function useChangePassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: changePassword,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: sessionsQueryOptions().queryKey }),
  });
}
