import { Conversation } from '@open-spaces/contracts';
import { queryOptions } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export const conversationQueryOptions = (id: string) =>
  queryOptions({
    queryKey: ['conversations', 'one', id],
    queryFn: ({ signal }) =>
      apiRequest(`/api/conversations/${encodeURIComponent(id)}`, {
        auth: true,
        schema: Conversation,
        signal,
      }),
  });
