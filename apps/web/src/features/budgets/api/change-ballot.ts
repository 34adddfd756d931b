import { Budget } from '@open-spaces/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { budgetQueryKey } from './get-budget';

/** Puts a project on the viewer's ballot, or takes it off. */
export const changeBallot = ({
  budgetId,
  projectId,
  chosen,
}: {
  budgetId: string;
  projectId: string;
  chosen: boolean;
}) => {
  const base = `/api/budgets/${encodeURIComponent(budgetId)}/ballot/projects`;
  return chosen
    ? apiRequest(base, { method: 'POST', auth: true, body: { projectId }, schema: Budget })
    : apiRequest(`${base}/${encodeURIComponent(projectId)}`, {
        method: 'DELETE',
        auth: true,
        schema: Budget,
      });
};

export function useChangeBallot() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: changeBallot,
    onSuccess: (budget) => queryClient.setQueryData(budgetQueryKey(budget.id), budget),
  });
}
