import { Conversation } from '@open-spaces/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export const markConversationRead = ({ conversationId, upTo }: { conversationId: string; upTo: string }) =>
  apiRequest(`/api/conversations/${encodeURIComponent(conversationId)}/read`, {
    method: 'POST',
    auth: true,
    body: { upTo },
    schema: Conversation,
  });

export function useMarkConversationRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: markConversationRead,
    onSuccess: (conversation) => {
      queryClient.setQueryData(['conversations', 'one', conversation.id], conversation);
      void queryClient.invalidateQueries({ queryKey: ['conversations', 'list'] });
    },
  });
}
