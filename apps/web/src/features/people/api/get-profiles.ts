import { ProfilePage } from '@open-spaces/contracts';
import { infiniteQueryOptions } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { type PeopleFilters, peopleFiltersToParams } from '../components/people-filters-state';

/** The people directory, a page at a time, following the server's cursor. */
export const profilesQueryOptions = (filters: PeopleFilters, signedIn: boolean) =>
  infiniteQueryOptions({
    queryKey: ['profiles', 'directory', filters, signedIn],
    initialPageParam: null as string | null,
    queryFn: ({ pageParam, signal }) => {
      const params = peopleFiltersToParams(filters);
      if (pageParam) params.set('after', pageParam);
      params.set('limit', '20');
      return apiRequest(`/api/profiles?${params}`, { auth: signedIn, schema: ProfilePage, signal });
    },
    getNextPageParam: (page) => page.nextCursor,
  });
