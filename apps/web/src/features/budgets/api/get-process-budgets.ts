import { BudgetPage } from '@open-spaces/contracts';
import { infiniteQueryOptions } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

/** A process's budgets, newest first, a page at a time. */
export const processBudgetsQueryOptions = (processId: string) =>
  infiniteQueryOptions({
    queryKey: ['budgets', 'process', processId] as const,
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam, signal }) => {
      const params = new URLSearchParams();
      if (pageParam) params.set('after', pageParam);
      return apiRequest(`/api/processes/${encodeURIComponent(processId)}/budgets?${params}`, {
        auth: true,
        schema: BudgetPage,
        signal,
      });
    },
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
