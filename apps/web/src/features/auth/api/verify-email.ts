import { Me } from '@open-spaces/contracts';
import { queryOptions } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

/**
 * A query rather than a mutation so that the one-time token is spent once per page load, however
 * often the page renders; a second call would only report the token as used.
 */
export const verifyEmailQueryOptions = (token: string) =>
  queryOptions({
    queryKey: ['verify-email', token],
    queryFn: () => apiRequest('/api/auth/verify-email', { method: 'POST', body: { token }, schema: Me }),
    retry: false,
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: Number.POSITIVE_INFINITY,
    refetchOnWindowFocus: false,
  });
