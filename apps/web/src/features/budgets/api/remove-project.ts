import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { budgetQueryKey } from './get-budget';

export const removeProject = ({ budgetId, projectId }: { budgetId: string; projectId: string }) =>
  apiRequest(`/api/budgets/${encodeURIComponent(budgetId)}/projects/${encodeURIComponent(projectId)}`, {
    method: 'DELETE',
    auth: true,
  });

export function useRemoveProject() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: removeProject,
    onSuccess: (_answer, { budgetId }) =>
      queryClient.invalidateQueries({ queryKey: budgetQueryKey(budgetId) }),
  });
}
