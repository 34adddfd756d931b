import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { organisationInvitationsQueryOptions } from './get-organisation-invitations';

export const revokeInvitation = ({ slug, id }: { slug: string; id: string }) =>
  apiRequest(`/api/organisations/${encodeURIComponent(slug)}/invitations/${encodeURIComponent(id)}`, {
    method: 'DELETE',
    auth: true,
  });

export function useRevokeInvitation(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => revokeInvitation({ slug, id }),
    onSettled: () =>
      queryClient.invalidateQueries({ queryKey: organisationInvitationsQueryOptions(slug).queryKey }),
  });
}
