import { type CreatePetitionRequest, Petition } from '@open-spaces/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { petitionChanged } from './petition-cache';

export const createPetition = (body: CreatePetitionRequest) =>
  apiRequest('/api/petitions', { method: 'POST', body, auth: true, schema: Petition });

export function useCreatePetition() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createPetition,
    onSuccess: (petition) => petitionChanged(queryClient, petition),
  });
}
