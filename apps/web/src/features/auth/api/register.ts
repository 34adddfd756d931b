import { Me, type RegisterRequest } from '@open-spaces/contracts';
import { useMutation } from '@tanstack/react-query';
import type { z } from 'zod';
import { apiRequest } from '../../../lib/api-client';

/** Creates an account; the server mails a confirmation link and does not sign the person in. */
export const register = (body: z.output<typeof RegisterRequest>) =>
  apiRequest('/api/auth/register', { method: 'POST', body, schema: Me });

export const useRegister = () => useMutation({ mutationFn: register });
