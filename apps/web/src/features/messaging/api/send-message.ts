import { Message } from '@open-spaces/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export const sendMessage = ({ conversationId, body }: { conversationId: string; body: string }) =>
  apiRequest(`/api/conversations/${encodeURIComponent(conversationId)}/messages`, {
    method: 'POST',
    auth: true,
    body: { body },
    schema: Message,
  });

export function useSendMessage() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: sendMessage,
    onSuccess: (_message, { conversationId }) => {
      void queryClient.invalidateQueries({ queryKey: ['conversations', 'messages', conversationId] });
      void queryClient.invalidateQueries({ queryKey: ['conversations', 'list'] });
    },
  });
}
