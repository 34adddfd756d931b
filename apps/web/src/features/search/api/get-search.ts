import { SearchPage } from '@open-spaces/contracts';
import { infiniteQueryOptions } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { type SearchFilters, searchFiltersToParams } from '../components/search-filters-state';

export const searchQueryOptions = (filters: SearchFilters, signedIn: boolean) =>
  infiniteQueryOptions({
    queryKey: ['search', 'results', filters, signedIn],
    initialPageParam: null as string | null,
    queryFn: ({ pageParam, signal }) => {
      const params = searchFiltersToParams(filters);
      if (pageParam) params.set('after', pageParam);
      params.set('limit', '20');
      return apiRequest(`/api/search?${params}`, { auth: signedIn, schema: SearchPage, signal });
    },
    getNextPageParam: (page) => page.nextCursor,
  });
