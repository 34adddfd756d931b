import { ConversationPage } from '@open-spaces/contracts';
import { cursorPagesOptions } from '../../../lib/cursor-pages';

/** The person's conversations, latest activity first; live messages invalidate `['conversations']`. */
export const conversationsQueryOptions = () =>
  cursorPagesOptions({
    queryKey: ['conversations', 'list'],
    path: '/api/conversations',
    schema: ConversationPage,
    auth: true,
  });
