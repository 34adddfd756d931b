import { FollowerPage } from '@open-spaces/contracts';
import { cursorPagesOptions } from '../../../lib/cursor-pages';

/** People following a person, newest first, as the viewer may see them; a page at a time. */
export const profileFollowersQueryOptions = (handle: string, signedIn: boolean) =>
  cursorPagesOptions({
    queryKey: ['profiles', 'followers', handle, signedIn],
    path: `/api/profiles/${encodeURIComponent(handle)}/followers`,
    schema: FollowerPage,
    auth: signedIn,
  });
