import { ExpertPage } from '@open-spaces/contracts';
import { infiniteQueryOptions } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { type ExpertFilters, expertFiltersToParams } from '../components/expert-filters-state';

/** People open to press contact, a page at a time, following the server's cursor. */
export const expertsQueryOptions = (filters: ExpertFilters, signedIn: boolean) =>
  infiniteQueryOptions({
    queryKey: ['experts', filters, signedIn],
    initialPageParam: null as string | null,
    queryFn: ({ pageParam, signal }) => {
      const params = expertFiltersToParams(filters);
      if (pageParam) params.set('after', pageParam);
      params.set('limit', '20');
      return apiRequest(`/api/experts?${params}`, { auth: signedIn, schema: ExpertPage, signal });
    },
    getNextPageParam: (page) => page.nextCursor,
  });
