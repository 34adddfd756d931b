import { Case, type CaseRequest } from '@open-spaces/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export const updateCase = ({ id, body }: { id: string; body: CaseRequest }) =>
  apiRequest(`/api/cases/${encodeURIComponent(id)}`, { method: 'PUT', body, auth: true, schema: Case });

export function useUpdateCase() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateCase,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['cases'] }),
  });
}
