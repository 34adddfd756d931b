import { useMutation } from '@tanstack/react-query';
import { apiRequest, endSession } from '../../../lib/api-client';

/** Signs out here even when the server cannot be reached: the person asked to leave. */
export async function logout(): Promise<void> {
  try {
    await apiRequest('/api/auth/logout', { method: 'POST', auth: true });
  } finally {
    endSession();
  }
}

export const useLogout = () => useMutation({ mutationFn: logout });
