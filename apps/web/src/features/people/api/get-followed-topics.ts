import { FollowedTopicList } from '@open-spaces/contracts';
import { queryOptions } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

/** Every topic a person follows, newest first; the taxonomy is small, so the list comes whole. */
export const followedTopicsQueryOptions = (handle: string, signedIn: boolean) =>
  queryOptions({
    queryKey: ['profiles', 'following', 'topics', handle, signedIn],
    queryFn: ({ signal }) =>
      apiRequest(`/api/profiles/${encodeURIComponent(handle)}/following/topics`, {
        auth: signedIn,
        schema: FollowedTopicList,
        signal,
      }),
  });
