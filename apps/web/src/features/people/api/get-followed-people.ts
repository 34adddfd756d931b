import { FollowedPeoplePage } from '@open-spaces/contracts';
import { cursorPagesOptions } from '../../../lib/cursor-pages';

/** People a person follows, newest first, as the viewer may see them; a page at a time. */
export const followedPeopleQueryOptions = (handle: string, signedIn: boolean) =>
  cursorPagesOptions({
    queryKey: ['profiles', 'following', 'people', handle, signedIn],
    path: `/api/profiles/${encodeURIComponent(handle)}/following/people`,
    schema: FollowedPeoplePage,
    auth: signedIn,
  });
