import { type CreateOrganisationRequest, Organisation } from '@open-spaces/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export const createOrganisation = (body: CreateOrganisationRequest) =>
  apiRequest('/api/organisations', { method: 'POST', body, auth: true, schema: Organisation });

export function useCreateOrganisation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createOrganisation,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['organisations', 'directory'] }),
  });
}
