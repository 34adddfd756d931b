import { PetitionPage } from '@open-spaces/contracts';
import { infiniteQueryOptions } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { type PetitionFilters, petitionFiltersToParams } from '../components/petition-filters-state';

export const petitionsQueryOptions = (filters: PetitionFilters, signedIn: boolean) =>
  infiniteQueryOptions({
    queryKey: ['petitions', 'list', filters, signedIn],
    initialPageParam: null as string | null,
    queryFn: ({ pageParam, signal }) => {
      const params = petitionFiltersToParams(filters);
      if (pageParam) params.set('after', pageParam);
      params.set('limit', '20');
      return apiRequest(`/api/petitions?${params}`, { auth: signedIn, schema: PetitionPage, signal });
    },
    getNextPageParam: (page) => page.nextCursor,
  });
