import { Budget, type CreateBudgetRequest } from '@open-spaces/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { budgetQueryKey } from './get-budget';

export const createBudget = ({ processId, ...body }: CreateBudgetRequest & { processId: string }) =>
  apiRequest(`/api/processes/${encodeURIComponent(processId)}/budgets`, {
    method: 'POST',
    auth: true,
    body,
    schema: Budget,
  });

export function useCreateBudget() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createBudget,
    onSuccess: (budget) => {
      queryClient.setQueryData(budgetQueryKey(budget.id), budget);
      void queryClient.invalidateQueries({ queryKey: ['budgets', 'process', budget.processId] });
    },
  });
}
