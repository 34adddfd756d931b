import { CaseDraft } from '@open-spaces/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export const addPetitionCase = (id: string) =>
  apiRequest(`/api/petitions/${encodeURIComponent(id)}/case`, {
    method: 'POST',
    auth: true,
    schema: CaseDraft,
  });

/** Turns the closed or delivered petition into a case of the case repository, for its author to complete. */
export function useAddPetitionCase(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => addPetitionCase(id),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['cases'] }),
  });
}
