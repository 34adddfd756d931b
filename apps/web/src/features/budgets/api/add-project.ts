import { type CreateProjectRequest, Project } from '@open-spaces/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { budgetQueryKey } from './get-budget';

export const addProject = ({ budgetId, ...body }: CreateProjectRequest & { budgetId: string }) =>
  apiRequest(`/api/budgets/${encodeURIComponent(budgetId)}/projects`, {
    method: 'POST',
    auth: true,
    body,
    schema: Project,
  });

export function useAddProject() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: addProject,
    onSuccess: (project) => queryClient.invalidateQueries({ queryKey: budgetQueryKey(project.budgetId) }),
  });
}
