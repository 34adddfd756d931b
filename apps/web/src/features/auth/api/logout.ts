import { useMutation } from '@tanstack/react-query';
import { apiRequest, endSession } from '../../../lib/api-client';

/**
 * Signs out here even when the server cannot be reached: the person asked to leave. `leavePage`
 * runs before the session ends here, so that a page for signed-in people is gone by then and does
 * not send the person to sign in again.
 */
export async function logout(leavePage: () => Promise<void>): Promise<void> {
  try {
    await apiRequest('/api/auth/logout', { method: 'POST', auth: true });
  } finally {
    await leavePage().finally(endSession);
  }
}

export const useLogout = () => useMutation({ mutationFn: logout });
