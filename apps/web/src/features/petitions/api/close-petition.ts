import { Petition } from '@open-spaces/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { petitionChanged } from './petition-cache';

export const closePetition = (id: string) =>
  apiRequest(`/api/petitions/${encodeURIComponent(id)}/close`, {
    method: 'POST',
    auth: true,
    schema: Petition,
  });

export function useClosePetition() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: closePetition,
    onSuccess: (petition) => petitionChanged(queryClient, petition),
  });
}
