import { type Idea, SupportState } from '@open-spaces/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { ideaQueryKey } from './get-idea';
import { ideasQueryKey } from './get-ideas';
import { processQueryKey } from './get-process';

export const supportIdea = ({ ideaId, supported }: { ideaId: string; supported: boolean }) =>
  apiRequest(`/api/ideas/${encodeURIComponent(ideaId)}/support`, {
    method: supported ? 'PUT' : 'DELETE',
    auth: true,
    schema: SupportState,
  });

/** Supports an idea or withdraws the support; the idea, its list and the process follow. */
export function useSupportIdea(processId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: supportIdea,
    onSuccess: (state) => {
      queryClient.setQueriesData<Idea>(
        { queryKey: ideaQueryKey(state.ideaId) },
        (idea) =>
          idea && {
            ...idea,
            supportsCount: state.supportsCount,
            supportedByMe: state.supportedByMe,
            successful: state.successful,
            canEdit: idea.canEdit && state.supportsCount === 0,
          },
      );
      void queryClient.invalidateQueries({ queryKey: ideasQueryKey(processId) });
      void queryClient.invalidateQueries({ queryKey: processQueryKey(processId) });
    },
  });
}
