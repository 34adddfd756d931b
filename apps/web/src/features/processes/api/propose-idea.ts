import { type CreateIdeaRequest, Idea } from '@open-spaces/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { ideaQueryKey } from './get-idea';
import { ideasQueryKey } from './get-ideas';
import { processQueryKey } from './get-process';

export const proposeIdea = ({ processId, ...body }: CreateIdeaRequest & { processId: string }) =>
  apiRequest(`/api/processes/${encodeURIComponent(processId)}/ideas`, {
    method: 'POST',
    body,
    auth: true,
    schema: Idea,
  });

export function useProposeIdea() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: proposeIdea,
    onSuccess: (idea) => {
      queryClient.setQueriesData({ queryKey: ideaQueryKey(idea.id) }, idea);
      void queryClient.invalidateQueries({ queryKey: ideasQueryKey(idea.processId) });
      void queryClient.invalidateQueries({ queryKey: processQueryKey(idea.processId) });
    },
  });
}
