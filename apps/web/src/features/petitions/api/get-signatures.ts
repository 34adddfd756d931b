import { ShownSignaturePage } from '@open-spaces/contracts';
import { infiniteQueryOptions } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export const signaturesQueryOptions = (id: string, signedIn: boolean) =>
  infiniteQueryOptions({
    queryKey: ['petitions', 'signatures', id, signedIn],
    initialPageParam: null as string | null,
    queryFn: ({ pageParam, signal }) => {
      const params = new URLSearchParams({ limit: '20' });
      if (pageParam) params.set('after', pageParam);
      return apiRequest(`/api/petitions/${encodeURIComponent(id)}/signatures?${params}`, {
        auth: signedIn,
        schema: ShownSignaturePage,
        signal,
      });
    },
    getNextPageParam: (page) => page.nextCursor,
  });
