import { Accepted, type RegisterRequest } from '@open-spaces/contracts';
import { useMutation } from '@tanstack/react-query';
import type { z } from 'zod';
import { apiRequest } from '../../../lib/api-client';

/**
 * Asks for an account. The answer is the same whether or not the address already has one:
 * the server mails a confirmation link, or the address's owner a notice, and signs nobody in.
 */
export const register = (body: z.output<typeof RegisterRequest>) =>
  apiRequest('/api/auth/register', { method: 'POST', body, schema: Accepted });

export const useRegister = () => useMutation({ mutationFn: register });
