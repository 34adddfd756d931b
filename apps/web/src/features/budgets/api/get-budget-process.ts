import { Process } from '@open-spaces/contracts';
import { queryOptions } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

/** The process a budget belongs to: its title, and whether the viewer organises it. */
export const budgetProcessQueryOptions = (processId: string) =>
  queryOptions({
    queryKey: ['budgets', 'owning-process', processId] as const,
    queryFn: ({ signal }) =>
      apiRequest(`/api/processes/${encodeURIComponent(processId)}`, { auth: true, schema: Process, signal }),
  });
