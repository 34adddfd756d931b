import { Petition, type UpdatePetitionRequest } from '@open-spaces/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { petitionChanged } from './petition-cache';

export const updatePetition = ({ id, body }: { id: string; body: UpdatePetitionRequest }) =>
  apiRequest(`/api/petitions/${encodeURIComponent(id)}`, {
    method: 'PATCH',
    body,
    auth: true,
    schema: Petition,
  });

export function useUpdatePetition() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updatePetition,
    onSuccess: (petition) => petitionChanged(queryClient, petition),
  });
}
