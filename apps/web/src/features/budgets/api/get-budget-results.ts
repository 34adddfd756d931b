import { BudgetResults } from '@open-spaces/contracts';
import { queryOptions } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

/** Projects ranked by votes and the winning set, once voting has closed. */
export const budgetResultsQueryOptions = (id: string) =>
  queryOptions({
    queryKey: ['budgets', 'results', id] as const,
    queryFn: ({ signal }) =>
      apiRequest(`/api/budgets/${encodeURIComponent(id)}/results`, {
        auth: true,
        schema: BudgetResults,
        signal,
      }),
  });
