import { UnsubscribeInfo } from '@open-spaces/contracts';
import { queryOptions } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

/** The public route that reads (GET) and follows (POST) an unsubscribe link. */
export const unsubscribePath = (token: string) =>
  `/api/notifications/unsubscribe?token=${encodeURIComponent(token)}`;

/** What a mail's unsubscribe link would stop; reading it changes nothing. No sign-in needed. */
export const unsubscribeInfoQueryOptions = (token: string) =>
  queryOptions({
    queryKey: ['unsubscribe', token],
    queryFn: ({ signal }) => apiRequest(unsubscribePath(token), { schema: UnsubscribeInfo, signal }),
    staleTime: Number.POSITIVE_INFINITY,
  });
