import { InvitationList } from '@open-spaces/contracts';
import { queryOptions } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

/** Invitations addressed to the signed-in person, by handle or by their email address. */
export const myInvitationsQueryOptions = () =>
  queryOptions({
    queryKey: ['me', 'invitations'],
    queryFn: ({ signal }) =>
      apiRequest('/api/me/invitations', { auth: true, schema: InvitationList, signal }),
  });
