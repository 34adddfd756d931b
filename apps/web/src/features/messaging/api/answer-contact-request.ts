import { ContactRequest } from '@open-spaces/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export const answerContactRequest = ({ id, answer }: { id: string; answer: 'accept' | 'decline' }) =>
  apiRequest(`/api/contact-requests/${encodeURIComponent(id)}/${answer}`, {
    method: 'POST',
    auth: true,
    schema: ContactRequest,
  });

export function useAnswerContactRequest() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: answerContactRequest,
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: ['contact-requests'] });
      void queryClient.invalidateQueries({ queryKey: ['conversations'] });
    },
  });
}
