import { useQuery } from '@tanstack/react-query';
import { useSession } from '../../../lib/session';
import { useFollowTopic } from '../api/follow-topic';
import { followedTopicsQueryOptions } from '../api/get-followed-topics';
import { myProfileQueryOptions } from '../api/get-my-profile';

/** The topics the signed-in person follows, and a toggle; `followed` is null until known. */
export function useFollowedTopics() {
  const session = useSession();
  const signedIn = session.status === 'signedIn';
  const me = useQuery({ ...myProfileQueryOptions(), enabled: signedIn });
  const handle = me.data?.handle;
  const topics = useQuery({
    ...followedTopicsQueryOptions(handle ?? '', true),
    enabled: handle !== undefined,
  });
  const follow = useFollowTopic(handle);
  const followed = topics.data?.items ?? null;
  return {
    signedIn,
    followed,
    error: topics.error ?? follow.error,
    pending: follow.isPending ? follow.variables?.slug : undefined,
    toggle: (slug: string) => follow.mutate({ slug, follow: !followed?.includes(slug) }),
    /** Follows or unfollows the one topic that differs between the current and the wanted list. */
    change: (wanted: readonly string[]) => {
      const current = followed ?? [];
      const added = wanted.find((slug) => !current.includes(slug));
      const removed = current.find((slug) => !wanted.includes(slug));
      if (added) follow.mutate({ slug: added, follow: true });
      else if (removed) follow.mutate({ slug: removed, follow: false });
    },
  };
}
