import { Case, type CaseRequest } from '@open-spaces/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export const submitCase = (body: CaseRequest) =>
  apiRequest('/api/cases', { method: 'POST', body, auth: true, schema: Case });

export function useSubmitCase() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: submitCase,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['cases'] }),
  });
}
