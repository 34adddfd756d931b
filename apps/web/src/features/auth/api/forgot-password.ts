import type { ForgotPasswordRequest } from '@open-spaces/contracts';
import { useMutation } from '@tanstack/react-query';
import type { z } from 'zod';
import { apiRequest } from '../../../lib/api-client';

/** Always accepted by the server, so nobody can learn whether an address has an account. */
export const forgotPassword = (body: z.output<typeof ForgotPasswordRequest>) =>
  apiRequest('/api/auth/password/forgot', { method: 'POST', body });

export const useForgotPassword = () => useMutation({ mutationFn: forgotPassword });
