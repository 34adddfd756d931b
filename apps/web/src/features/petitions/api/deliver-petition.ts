import { type DeliverPetitionRequest, Petition } from '@open-spaces/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { petitionChanged } from './petition-cache';

export const deliverPetition = ({ id, body }: { id: string; body: DeliverPetitionRequest }) =>
  apiRequest(`/api/petitions/${encodeURIComponent(id)}/response`, {
    method: 'POST',
    body,
    auth: true,
    schema: Petition,
  });

export function useDeliverPetition() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deliverPetition,
    onSuccess: (petition) => petitionChanged(queryClient, petition),
  });
}
