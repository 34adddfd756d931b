import { Idea } from '@open-spaces/contracts';
import { queryOptions } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export const ideaQueryKey = (id: string) => ['processes', 'idea', id] as const;

/** An idea with its published answer and follow-ups (and, for organisers, the draft). */
export const ideaQueryOptions = (id: string, signedIn: boolean) =>
  queryOptions({
    queryKey: [...ideaQueryKey(id), signedIn],
    queryFn: ({ signal }) =>
      apiRequest(`/api/ideas/${encodeURIComponent(id)}`, { auth: signedIn, schema: Idea, signal }),
  });
