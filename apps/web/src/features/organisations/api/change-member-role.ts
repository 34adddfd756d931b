import type { OrganisationRole } from '@open-spaces/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

/** Changes a member's role (owners and admins; the last owner cannot be demoted). */
export const changeMemberRole = ({
  slug,
  handle,
  role,
}: {
  slug: string;
  handle: string;
  role: OrganisationRole;
}) =>
  apiRequest(`/api/organisations/${encodeURIComponent(slug)}/members/${encodeURIComponent(handle)}`, {
    method: 'PATCH',
    body: { role },
    auth: true,
  });

export function useChangeMemberRole() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: changeMemberRole,
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['organisations'] }),
  });
}
