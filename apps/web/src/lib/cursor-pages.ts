import { infiniteQueryOptions, type QueryKey } from '@tanstack/react-query';
import type { z } from 'zod';
import { apiRequest } from './api-client';

interface CursorPagesRequest<Page> {
  queryKey: QueryKey;
  /** The list's path; `limit` and, after the first page, `after` are added to its query. */
  path: string;
  /** Filters sent with every page, e.g. `{ unread: 'true' }`. */
  params?: Record<string, string>;
  schema: z.ZodType<Page>;
  auth: boolean;
  limit?: number;
}

/**
 * The query options of a list the API pages by cursor (`?after=&limit=`): the first page,
 * then each next one after the `nextCursor` of the page before, until it is null.
 */
export function cursorPagesOptions<Page extends { nextCursor: string | null }>({
  queryKey,
  path,
  params: filters = {},
  schema,
  auth,
  limit = 20,
}: CursorPagesRequest<Page>) {
  return infiniteQueryOptions({
    queryKey,
    initialPageParam: null as string | null,
    queryFn: ({ pageParam, signal }) => {
      const params = new URLSearchParams({ ...filters, limit: String(limit) });
      if (pageParam) params.set('after', pageParam);
      return apiRequest(`${path}?${params}`, { auth, schema, signal });
    },
    getNextPageParam: (page) => page.nextCursor,
  });
}
