import { ConfirmSignatureResult } from '@open-spaces/contracts';
import { queryOptions } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

/**
 * Confirms a visitor's signature once per page: a query, so opening the link runs it
 * without a click, and it is not sent again while the page is shown (a second visit says
 * it was confirmed already).
 */
export const confirmSignatureQueryOptions = (token: string) =>
  queryOptions({
    queryKey: ['petitions', 'confirm', token],
    queryFn: () =>
      apiRequest('/api/petitions/signatures/confirm', {
        method: 'POST',
        body: { token },
        schema: ConfirmSignatureResult,
      }),
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: Number.POSITIVE_INFINITY,
    retry: false,
  });
