import { FollowerPage } from '@open-spaces/contracts';
import { cursorPagesOptions } from '../../../lib/cursor-pages';

/** People following an organisation, newest first, as the viewer may see them; a page at a time. */
export const organisationFollowersQueryOptions = (slug: string, signedIn: boolean) =>
  cursorPagesOptions({
    queryKey: ['organisations', 'followers', slug, signedIn],
    path: `/api/organisations/${encodeURIComponent(slug)}/followers`,
    schema: FollowerPage,
    auth: signedIn,
  });
