import { InvitationList } from '@open-spaces/contracts';
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

/** Invitations addressed to the signed-in person, by handle or by their email address. */
export const myInvitationsQueryOptions = () =>
  queryOptions({
    queryKey: ['me', 'invitations'],
    queryFn: ({ signal }) =>
      apiRequest('/api/me/invitations', { auth: true, schema: InvitationList, signal }),
  });

export const answerInvitation = ({ id, answer }: { id: string; answer: 'accept' | 'decline' }) =>
  apiRequest(`/api/invitations/${encodeURIComponent(id)}/${answer}`, { method: 'POST', auth: true });

export function useAnswerInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: answerInvitation,
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: ['me', 'invitations'] });
      void queryClient.invalidateQueries({ queryKey: ['organisations'] });
    },
  });
}
