import { PetitionPage } from '@open-spaces/contracts';
import { infiniteQueryOptions } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export const myPetitionsQueryOptions = () =>
  infiniteQueryOptions({
    queryKey: ['petitions', 'mine'],
    initialPageParam: null as string | null,
    queryFn: ({ pageParam, signal }) => {
      const params = new URLSearchParams({ mine: 'true', limit: '20' });
      if (pageParam) params.set('after', pageParam);
      return apiRequest(`/api/petitions?${params}`, { auth: true, schema: PetitionPage, signal });
    },
    getNextPageParam: (page) => page.nextCursor,
  });
