import { SignatureAccepted, type VisitorSignRequest } from '@open-spaces/contracts';
import { useMutation } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export const signAsVisitor = ({ id, body }: { id: string; body: VisitorSignRequest }) =>
  apiRequest(`/api/petitions/${encodeURIComponent(id)}/signatures`, {
    method: 'POST',
    body,
    schema: SignatureAccepted,
  });

export function useSignAsVisitor() {
  return useMutation({ mutationFn: signAsVisitor });
}
