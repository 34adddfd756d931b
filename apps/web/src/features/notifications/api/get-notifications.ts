import { NotificationPage } from '@open-spaces/contracts';
import { cursorPagesOptions } from '../../../lib/cursor-pages';

/**
 * The signed-in person's notifications, newest first, a page at a time; all of them or only
 * the unread. Live events invalidate every list under `['notifications', 'list']`.
 */
export const notificationsQueryOptions = (unreadOnly: boolean) =>
  cursorPagesOptions({
    queryKey: ['notifications', 'list', unreadOnly ? 'unread' : 'all'],
    path: '/api/notifications',
    params: unreadOnly ? { unread: 'true' } : {},
    schema: NotificationPage,
    auth: true,
  });
