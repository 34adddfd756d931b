import { InvitationList } from '@open-spaces/contracts';
import { queryOptions } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

/** Pending invitations of an organisation, for its owners and admins. */
export const organisationInvitationsQueryOptions = (slug: string) =>
  queryOptions({
    queryKey: ['organisations', 'invitations', slug],
    queryFn: ({ signal }) =>
      apiRequest(`/api/organisations/${encodeURIComponent(slug)}/invitations`, {
        auth: true,
        schema: InvitationList,
        signal,
      }),
  });
