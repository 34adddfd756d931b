import { FollowState, type Organisation } from '@open-spaces/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export const followOrganisation = ({ slug, follow }: { slug: string; follow: boolean }) =>
  apiRequest('/api/follows', {
    method: follow ? 'POST' : 'DELETE',
    body: { type: 'organisation', target: slug },
    auth: true,
    schema: FollowState.nullable(),
  });

export function useFollowOrganisation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: followOrganisation,
    onSuccess: (state, { slug, follow }) => {
      queryClient.setQueriesData<Organisation>(
        { queryKey: ['organisations', 'one', slug] },
        (organisation) =>
          organisation
            ? {
                ...organisation,
                followedByMe: state?.following ?? follow,
                followerCount: state?.followerCount ?? organisation.followerCount + (follow ? 1 : -1),
              }
            : organisation,
      );
      void queryClient.invalidateQueries({ queryKey: ['organisations', 'followers', slug] });
      void queryClient.invalidateQueries({ queryKey: ['profiles', 'following', 'organisations'] });
    },
  });
}
