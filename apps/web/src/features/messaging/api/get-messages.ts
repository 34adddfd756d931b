import { MessagePage } from '@open-spaces/contracts';
import { infiniteQueryOptions } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

/**
 * A conversation's messages, newest page first, each next page older (`before`). A live
 * message invalidates it, and the newest page is asked again.
 */
export const messagesQueryOptions = (conversationId: string) =>
  infiniteQueryOptions({
    queryKey: ['conversations', 'messages', conversationId],
    initialPageParam: null as string | null,
    queryFn: ({ pageParam, signal }) => {
      const params = new URLSearchParams({ limit: '30' });
      if (pageParam) params.set('before', pageParam);
      return apiRequest(`/api/conversations/${encodeURIComponent(conversationId)}/messages?${params}`, {
        auth: true,
        schema: MessagePage,
        signal,
      });
    },
    getNextPageParam: (page) => page.nextCursor,
  });
