import { Idea, type UpdateIdeaRequest } from '@open-spaces/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { ideaQueryKey } from './get-idea';
import { ideasQueryKey } from './get-ideas';

export const editIdea = ({ id, ...body }: UpdateIdeaRequest & { id: string }) =>
  apiRequest(`/api/ideas/${encodeURIComponent(id)}`, { method: 'PATCH', body, auth: true, schema: Idea });

export function useEditIdea() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: editIdea,
    onSuccess: (idea) => {
      queryClient.setQueriesData({ queryKey: ideaQueryKey(idea.id) }, idea);
      void queryClient.invalidateQueries({ queryKey: ideasQueryKey(idea.processId) });
    },
  });
}
