import type { ResetPasswordRequest } from '@open-spaces/contracts';
import { useMutation } from '@tanstack/react-query';
import type { z } from 'zod';
import { apiRequest } from '../../../lib/api-client';

export const resetPassword = (body: z.output<typeof ResetPasswordRequest>) =>
  apiRequest('/api/auth/password/reset', { method: 'POST', body });

export const useResetPassword = () => useMutation({ mutationFn: resetPassword });
