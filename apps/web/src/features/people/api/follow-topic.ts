import { type FollowedTopicList, FollowState } from '@open-spaces/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export const followTopic = ({ slug, follow }: { slug: string; follow: boolean }) =>
  apiRequest('/api/follows', {
    method: follow ? 'POST' : 'DELETE',
    body: { type: 'topic', target: slug },
    auth: true,
    schema: FollowState.nullable(),
  });

/** Follows or unfollows a topic; `handle` is the viewer's, whose followed topics change. */
export function useFollowTopic(handle: string | undefined) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: followTopic,
    onSuccess: (_state, { slug, follow }) => {
      if (!handle) return;
      queryClient.setQueriesData<FollowedTopicList>(
        { queryKey: ['profiles', 'following', 'topics', handle] },
        (topics) =>
          topics
            ? {
                items: follow
                  ? [slug, ...topics.items.filter((topic) => topic !== slug)]
                  : topics.items.filter((topic) => topic !== slug),
              }
            : topics,
      );
      void queryClient.invalidateQueries({ queryKey: ['profiles', 'one', handle] });
    },
  });
}
