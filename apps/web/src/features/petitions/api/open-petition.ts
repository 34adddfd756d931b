import { Petition } from '@open-spaces/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { petitionChanged } from './petition-cache';

export const openPetition = (id: string) =>
  apiRequest(`/api/petitions/${encodeURIComponent(id)}/open`, {
    method: 'POST',
    auth: true,
    schema: Petition,
  });

export function useOpenPetition() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: openPetition,
    onSuccess: (petition) => petitionChanged(queryClient, petition),
  });
}
