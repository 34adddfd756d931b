import { Budget } from '@open-spaces/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { budgetQueryKey } from './get-budget';

/** Makes the viewer's ballot final. */
export const checkOutBallot = (budgetId: string) =>
  apiRequest(`/api/budgets/${encodeURIComponent(budgetId)}/ballot/checkout`, {
    method: 'POST',
    auth: true,
    schema: Budget,
  });

export function useCheckOutBallot() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: checkOutBallot,
    onSuccess: (budget) => queryClient.setQueryData(budgetQueryKey(budget.id), budget),
  });
}
