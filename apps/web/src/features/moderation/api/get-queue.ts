import { ModerationQueue } from '@open-spaces/contracts';
import { cursorPagesOptions } from '../../../lib/cursor-pages';

export const moderationQueueQueryOptions = () =>
  cursorPagesOptions({
    queryKey: ['moderation', 'queue'],
    path: '/api/moderation/queue',
    schema: ModerationQueue,
    auth: true,
  });
