import { OrganisationPage } from '@open-spaces/contracts';
import { infiniteQueryOptions } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import {
  type OrganisationFilters,
  organisationFiltersToParams,
} from '../components/organisation-filters-state';

export const organisationsQueryOptions = (filters: OrganisationFilters, signedIn: boolean) =>
  infiniteQueryOptions({
    queryKey: ['organisations', 'directory', filters, signedIn],
    initialPageParam: null as string | null,
    queryFn: ({ pageParam, signal }) => {
      const params = organisationFiltersToParams(filters);
      if (pageParam) params.set('after', pageParam);
      params.set('limit', '20');
      return apiRequest(`/api/organisations?${params}`, { auth: signedIn, schema: OrganisationPage, signal });
    },
    getNextPageParam: (page) => page.nextCursor,
  });
