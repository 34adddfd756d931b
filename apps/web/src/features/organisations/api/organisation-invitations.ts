import { Invitation, InvitationList, type InviteRequest } from '@open-spaces/contracts';
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

const invitationsPath = (slug: string) => `/api/organisations/${encodeURIComponent(slug)}/invitations`;

/** Pending invitations of an organisation, for its owners and admins. */
export const organisationInvitationsQueryOptions = (slug: string) =>
  queryOptions({
    queryKey: ['organisations', 'invitations', slug],
    queryFn: ({ signal }) =>
      apiRequest(invitationsPath(slug), { auth: true, schema: InvitationList, signal }),
  });

export function useInvite(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: InviteRequest) =>
      apiRequest(invitationsPath(slug), { method: 'POST', body, auth: true, schema: Invitation.nullable() }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['organisations', 'invitations', slug] }),
  });
}

export function useRevokeInvitation(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      apiRequest(`${invitationsPath(slug)}/${encodeURIComponent(id)}`, { method: 'DELETE', auth: true }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['organisations', 'invitations', slug] }),
  });
}
