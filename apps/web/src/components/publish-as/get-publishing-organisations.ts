import { PublisherList } from '@open-spaces/contracts';
import { queryOptions } from '@tanstack/react-query';
import { apiRequest } from '../../lib/api-client';

/**
 * The organisations the signed-in person may publish posts and organise events as. Roles
 * change elsewhere (an invitation accepted, a promotion by an admin), so each editor that
 * opens asks again while showing what it had.
 */
export const publishingOrganisationsQueryOptions = queryOptions({
  queryKey: ['me', 'publishing-organisations'],
  queryFn: ({ signal }) =>
    apiRequest('/api/me/publishing-organisations', { auth: true, schema: PublisherList, signal }),
  staleTime: 0,
});
