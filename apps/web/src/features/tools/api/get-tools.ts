import { ToolPage } from '@open-spaces/contracts';
import { infiniteQueryOptions } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { type ToolFilters, toolFiltersToParams } from '../components/tool-filters-state';

export const toolsQueryOptions = (
  filters: ToolFilters,
  signedIn: boolean,
  status: 'approved' | 'pending' = 'approved',
) =>
  infiniteQueryOptions({
    queryKey: ['tools', 'directory', filters, signedIn, status],
    initialPageParam: null as string | null,
    queryFn: ({ pageParam, signal }) => {
      const params = toolFiltersToParams(filters);
      if (status === 'pending') params.set('status', 'pending');
      if (pageParam) params.set('after', pageParam);
      params.set('limit', '20');
      return apiRequest(`/api/tools?${params}`, { auth: signedIn, schema: ToolPage, signal });
    },
    getNextPageParam: (page) => page.nextCursor,
  });
