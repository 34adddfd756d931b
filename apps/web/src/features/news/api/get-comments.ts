import { CommentPage } from '@open-spaces/contracts';
import { cursorPagesOptions } from '../../../lib/cursor-pages';

export const commentsQueryOptions = (slug: string, signedIn: boolean) =>
  cursorPagesOptions({
    queryKey: ['posts', 'comments', slug, signedIn],
    path: `/api/posts/${encodeURIComponent(slug)}/comments`,
    schema: CommentPage,
    auth: signedIn,
  });
