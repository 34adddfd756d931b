import { Budget } from '@open-spaces/contracts';
import { queryOptions } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export const budgetQueryKey = (id: string) => ['budgets', 'one', id] as const;

/** A budget with its projects and, for a signed-in viewer, their ballot. */
export const budgetQueryOptions = (id: string) =>
  queryOptions({
    queryKey: budgetQueryKey(id),
    queryFn: ({ signal }) =>
      apiRequest(`/api/budgets/${encodeURIComponent(id)}`, { auth: true, schema: Budget, signal }),
  });
