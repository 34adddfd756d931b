import { FollowState } from '@open-spaces/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

/** Follows a suggested person or organisation through the follow routes; it then leaves the suggestions. */
export const followSuggestion = ({ type, target }: { type: 'profile' | 'organisation'; target: string }) =>
  apiRequest('/api/follows', {
    method: 'POST',
    body: { type, target },
    auth: true,
    schema: FollowState.nullable(),
  });

export function useFollowSuggestion() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: followSuggestion,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['suggestions'] });
      void queryClient.invalidateQueries({ queryKey: ['profiles'] });
      void queryClient.invalidateQueries({ queryKey: ['organisations'] });
    },
  });
}
