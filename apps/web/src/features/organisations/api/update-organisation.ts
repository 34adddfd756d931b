import { Organisation, type UpdateOrganisationRequest } from '@open-spaces/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export const updateOrganisation = ({ slug, body }: { slug: string; body: UpdateOrganisationRequest }) =>
  apiRequest(`/api/organisations/${encodeURIComponent(slug)}`, {
    method: 'PATCH',
    body,
    auth: true,
    schema: Organisation,
  });

export function useUpdateOrganisation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateOrganisation,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['organisations'] }),
  });
}
