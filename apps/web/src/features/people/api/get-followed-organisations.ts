import { FollowedOrganisationPage } from '@open-spaces/contracts';
import { cursorPagesOptions } from '../../../lib/cursor-pages';

/** Organisations a person follows, newest first, as the viewer may see them; a page at a time. */
export const followedOrganisationsQueryOptions = (handle: string, signedIn: boolean) =>
  cursorPagesOptions({
    queryKey: ['profiles', 'following', 'organisations', handle, signedIn],
    path: `/api/profiles/${encodeURIComponent(handle)}/following/organisations`,
    schema: FollowedOrganisationPage,
    auth: signedIn,
  });
