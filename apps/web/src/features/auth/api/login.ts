import { AuthResult, type LoginRequest } from '@open-spaces/contracts';
import { useMutation } from '@tanstack/react-query';
import type { z } from 'zod';
import { apiRequest, startSession } from '../../../lib/api-client';

export async function login(body: z.output<typeof LoginRequest>): Promise<AuthResult> {
  const result = await apiRequest('/api/auth/login', { method: 'POST', body, schema: AuthResult });
  startSession(result);
  return result;
}

export const useLogin = () => useMutation({ mutationFn: login });
