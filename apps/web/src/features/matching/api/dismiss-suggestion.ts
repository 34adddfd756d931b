import type { DismissOrganisationSuggestionRequest } from '@open-spaces/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

/**
 * "Not relevant": for the signed-in person (no organisation) or for an organisation. The
 * suggestion leaves the list at once; the server remembers it.
 */
export const dismissSuggestion = ({
  organisation,
  target,
}: {
  organisation: string | null;
  target: DismissOrganisationSuggestionRequest;
}) =>
  organisation === null
    ? apiRequest('/api/people/suggestions/dismissals', {
        method: 'POST',
        body: { handle: target.target },
        auth: true,
      })
    : apiRequest(`/api/organisations/${encodeURIComponent(organisation)}/suggestions/dismissals`, {
        method: 'POST',
        body: target,
        auth: true,
      });

export function useDismissSuggestion() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: dismissSuggestion,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['suggestions'] }),
  });
}
