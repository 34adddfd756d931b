import { type AnswerIdeaRequest, type CreateIdeaUpdateRequest, Idea } from '@open-spaces/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { ideaQueryKey } from './get-idea';
import { ideasQueryKey } from './get-ideas';

export const answerIdea = ({ ideaId, ...body }: AnswerIdeaRequest & { ideaId: string }) =>
  apiRequest(`/api/ideas/${encodeURIComponent(ideaId)}/answer`, {
    method: 'PUT',
    body,
    auth: true,
    schema: Idea,
  });

export const postIdeaUpdate = ({ ideaId, ...body }: CreateIdeaUpdateRequest & { ideaId: string }) =>
  apiRequest(`/api/ideas/${encodeURIComponent(ideaId)}/updates`, {
    method: 'POST',
    body,
    auth: true,
    schema: Idea,
  });

/** Saves the organiser's answer as a draft, or publishes it. */
export function useAnswerIdea() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: answerIdea,
    onSuccess: (idea) => {
      queryClient.setQueriesData({ queryKey: ideaQueryKey(idea.id) }, idea);
      void queryClient.invalidateQueries({ queryKey: ideasQueryKey(idea.processId) });
    },
  });
}

export function usePostIdeaUpdate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: postIdeaUpdate,
    onSuccess: (idea) => queryClient.setQueriesData({ queryKey: ideaQueryKey(idea.id) }, idea),
  });
}
