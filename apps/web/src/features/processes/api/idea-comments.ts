import { type CreateIdeaCommentRequest, IdeaComment, IdeaCommentPage } from '@open-spaces/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { cursorPagesOptions } from '../../../lib/cursor-pages';

export const ideaCommentsQueryKey = (ideaId: string) => ['processes', 'comments', ideaId] as const;

/** An idea's comments with their replies, oldest first. */
export const ideaCommentsQueryOptions = (ideaId: string, signedIn: boolean) =>
  cursorPagesOptions({
    queryKey: [...ideaCommentsQueryKey(ideaId), signedIn],
    path: `/api/ideas/${encodeURIComponent(ideaId)}/comments`,
    schema: IdeaCommentPage,
    auth: signedIn,
  });

export const createIdeaComment = ({ ideaId, ...body }: CreateIdeaCommentRequest & { ideaId: string }) =>
  apiRequest(`/api/ideas/${encodeURIComponent(ideaId)}/comments`, {
    method: 'POST',
    body,
    auth: true,
    schema: IdeaComment,
  });

export function useCreateIdeaComment(ideaId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createIdeaComment,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ideaCommentsQueryKey(ideaId) }),
  });
}
