import { MemberPage } from '@open-spaces/contracts';
import { cursorPagesOptions } from '../../../lib/cursor-pages';

export const membersQueryOptions = (slug: string, signedIn: boolean) =>
  cursorPagesOptions({
    queryKey: ['organisations', 'members', slug, signedIn],
    path: `/api/organisations/${encodeURIComponent(slug)}/members`,
    schema: MemberPage,
    auth: signedIn,
    limit: 50,
  });
