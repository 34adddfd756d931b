import { FollowState, type Profile } from '@open-spaces/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export const followProfile = ({ handle, follow }: { handle: string; follow: boolean }) =>
  apiRequest('/api/follows', {
    method: follow ? 'POST' : 'DELETE',
    body: { type: 'profile', target: handle },
    auth: true,
    // A 204 without a body is fine too; the page then adjusts the count itself.
    schema: FollowState.nullable(),
  });

export function useFollowProfile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: followProfile,
    onSuccess: (state, { handle, follow }) => {
      queryClient.setQueriesData<Profile>({ queryKey: ['profiles', 'one', handle] }, (profile) =>
        profile
          ? {
              ...profile,
              followedByMe: state?.following ?? follow,
              followerCount: state?.followerCount ?? profile.followerCount + (follow ? 1 : -1),
            }
          : profile,
      );
      void queryClient.invalidateQueries({ queryKey: ['profiles', 'followers', handle] });
      void queryClient.invalidateQueries({ queryKey: ['profiles', 'following', 'people'] });
    },
  });
}
