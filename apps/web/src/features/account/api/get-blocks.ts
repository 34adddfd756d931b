import { BlockPage } from '@open-spaces/contracts';
import { cursorPagesOptions } from '../../../lib/cursor-pages';

/** The people this account blocked, newest first; a page at a time. */
export const blocksQueryOptions = () =>
  cursorPagesOptions({
    queryKey: ['me', 'blocks'],
    path: '/api/me/blocks',
    schema: BlockPage,
    auth: true,
  });
