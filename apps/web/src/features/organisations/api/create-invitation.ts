import { Invitation, type InviteRequest } from '@open-spaces/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { organisationInvitationsQueryOptions } from './get-organisation-invitations';

/** Invites a person by handle, or anyone by email; the server answers without a body when it mails. */
export const createInvitation = ({ slug, body }: { slug: string; body: InviteRequest }) =>
  apiRequest(`/api/organisations/${encodeURIComponent(slug)}/invitations`, {
    method: 'POST',
    body,
    auth: true,
    schema: Invitation.nullable(),
  });

export function useInvite(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: InviteRequest) => createInvitation({ slug, body }),
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: organisationInvitationsQueryOptions(slug).queryKey }),
  });
}
