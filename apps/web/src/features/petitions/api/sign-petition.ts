import { type MemberSignRequest, Petition } from '@open-spaces/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { petitionChanged } from './petition-cache';

export const signPetition = ({ id, body }: { id: string; body: MemberSignRequest }) =>
  apiRequest(`/api/petitions/${encodeURIComponent(id)}/signature`, {
    method: 'PUT',
    body,
    auth: true,
    schema: Petition,
  });

export function useSignPetition() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signPetition,
    onSuccess: (petition) => petitionChanged(queryClient, petition),
  });
}
