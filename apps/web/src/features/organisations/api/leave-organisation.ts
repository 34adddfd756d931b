import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

/** Leaves an organisation; 409 last_owner while the viewer is its only owner. */
export const leaveOrganisation = (slug: string) =>
  apiRequest(`/api/organisations/${encodeURIComponent(slug)}/leave`, { method: 'POST', auth: true });

export function useLeaveOrganisation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: leaveOrganisation,
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['organisations'] }),
  });
}
