import { Tool } from '@open-spaces/contracts';
import { queryOptions } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export const toolQueryOptions = (slug: string, signedIn: boolean) =>
  queryOptions({
    queryKey: ['tools', 'one', slug, signedIn],
    queryFn: ({ signal }) =>
      apiRequest(`/api/tools/${encodeURIComponent(slug)}`, { auth: signedIn, schema: Tool, signal }),
  });
