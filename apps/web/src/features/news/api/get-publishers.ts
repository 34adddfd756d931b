import { PublisherList } from '@open-spaces/contracts';
import { queryOptions } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

/** The organisations the signed-in person may publish as. */
export const publishersQueryOptions = queryOptions({
  queryKey: ['posts', 'publishers'],
  queryFn: ({ signal }) => apiRequest('/api/posts/publishers', { auth: true, schema: PublisherList, signal }),
});
