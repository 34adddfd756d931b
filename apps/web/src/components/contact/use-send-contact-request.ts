import { ContactRequest, type CreateContactRequest } from '@open-spaces/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../lib/api-client';

export const sendContactRequest = ({ handle, request }: { handle: string; request: CreateContactRequest }) =>
  apiRequest(`/api/people/${encodeURIComponent(handle)}/contact-requests`, {
    method: 'POST',
    auth: true,
    body: request,
    schema: ContactRequest,
  });

export function useSendContactRequest() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: sendContactRequest,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['contact-requests'] }),
  });
}
