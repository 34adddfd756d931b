import { Budget, type UpdateBudgetRequest } from '@open-spaces/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { budgetQueryKey } from './get-budget';

export const updateBudget = ({ id, ...body }: UpdateBudgetRequest & { id: string }) =>
  apiRequest(`/api/budgets/${encodeURIComponent(id)}`, { method: 'PATCH', auth: true, body, schema: Budget });

export function useUpdateBudget() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateBudget,
    onSuccess: (budget) => queryClient.setQueryData(budgetQueryKey(budget.id), budget),
  });
}
