import { CaseDraft } from '@open-spaces/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export const addProcessCase = (id: string) =>
  apiRequest(`/api/processes/${encodeURIComponent(id)}/case`, {
    method: 'POST',
    auth: true,
    schema: CaseDraft,
  });

/** Turns the finished process into a case of the case repository, for its organiser to complete. */
export function useAddProcessCase(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => addProcessCase(id),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['cases'] }),
  });
}
