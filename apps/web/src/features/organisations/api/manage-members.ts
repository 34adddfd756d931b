import type { OrganisationRole } from '@open-spaces/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

const memberPath = (slug: string, handle: string) =>
  `/api/organisations/${encodeURIComponent(slug)}/members/${encodeURIComponent(handle)}`;

/** Changes a member's role (owners and admins; the last owner cannot be demoted). */
export const changeMemberRole = ({
  slug,
  handle,
  role,
}: {
  slug: string;
  handle: string;
  role: OrganisationRole;
}) => apiRequest(memberPath(slug, handle), { method: 'PATCH', body: { role }, auth: true });

export const removeMember = ({ slug, handle }: { slug: string; handle: string }) =>
  apiRequest(memberPath(slug, handle), { method: 'DELETE', auth: true });

export const leaveOrganisation = (slug: string) =>
  apiRequest(`/api/organisations/${encodeURIComponent(slug)}/leave`, { method: 'POST', auth: true });

function useInvalidatingMutation<T>(mutationFn: (input: T) => Promise<void>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['organisations'] }),
  });
}

export const useChangeMemberRole = () => useInvalidatingMutation(changeMemberRole);
export const useRemoveMember = () => useInvalidatingMutation(removeMember);
export const useLeaveOrganisation = () => useInvalidatingMutation(leaveOrganisation);
