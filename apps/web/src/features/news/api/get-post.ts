import { Post } from '@open-spaces/contracts';
import { queryOptions } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export const postQueryOptions = (slug: string, signedIn: boolean) =>
  queryOptions({
    queryKey: ['posts', 'one', slug, signedIn],
    queryFn: ({ signal }) =>
      apiRequest(`/api/posts/${encodeURIComponent(slug)}`, { auth: signedIn, schema: Post, signal }),
  });
