import { useMutation } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export const resendVerification = () =>
  apiRequest('/api/auth/resend-verification', { method: 'POST', auth: true });

export const useResendVerification = () => useMutation({ mutationFn: resendVerification });
