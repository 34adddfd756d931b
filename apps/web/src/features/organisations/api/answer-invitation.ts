import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { myInvitationsQueryOptions } from './get-my-invitations';

export const answerInvitation = ({ id, answer }: { id: string; answer: 'accept' | 'decline' }) =>
  apiRequest(`/api/invitations/${encodeURIComponent(id)}/${answer}`, { method: 'POST', auth: true });

export function useAnswerInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: answerInvitation,
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: myInvitationsQueryOptions().queryKey });
      void queryClient.invalidateQueries({ queryKey: ['organisations'] });
    },
  });
}
