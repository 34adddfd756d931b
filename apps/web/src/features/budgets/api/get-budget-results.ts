import { BudgetResults } from '@open-spaces/contracts';
import { queryOptions } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

/**
 * Projects ranked by votes and the winning set, once voting has closed. Results are public
 * with their process, so a visitor asks without signing in.
 */
export const budgetResultsQueryOptions = (id: string, signedIn: boolean) =>
  queryOptions({
    queryKey: ['budgets', 'results', id, signedIn] as const,
    queryFn: ({ signal }) =>
      apiRequest(`/api/budgets/${encodeURIComponent(id)}/results`, {
        auth: signedIn,
        schema: BudgetResults,
        signal,
      }),
  });
