import type { Notification, NotificationKind } from '@open-spaces/contracts';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Badge } from '../../../components/ui/badge';
import { Button } from '../../../components/ui/button';
import { Icon, type IconName } from '../../../components/ui/icon';
import { formatDateTime, formatRelativeTime } from '../../../lib/format';
import { notificationHeadline } from './notification-text';

const icons: Record<NotificationKind, IconName> = {
  new_follower: 'user',
  organisation_invitation: 'organisation',
  member_joined: 'people',
  post_comment: 'news',
  comment_reply: 'news',
  event_changed: 'events',
  event_cancelled: 'events',
  waitlist_promoted: 'events',
  call_deadline: 'funding',
  report_outcome: 'flag',
  moderation_action: 'shield',
  contact_request: 'mail',
  contact_request_accepted: 'mail',
  message: 'mail',
  partner_interest: 'funding',
  partner_interest_answered: 'funding',
  case_published: 'case',
  case_returned: 'case',
  petition_milestone: 'flag',
  idea_answered: 'news',
  budget_results: 'funding',
};

interface NotificationItemProps {
  notification: Notification;
  /** The moment "5 minutes ago" is counted from (a later notification is "now"). */
  now: number;
  onRead: (id: string) => void;
  /** Whether a "Mark as read" for this one is on its way. */
  marking: boolean;
}

/**
 * One notification: what happened (a link to it, which marks it read), the comment's start
 * when there is one, why the person got it and when. Unread ones say so in words too.
 */
export function NotificationItem({ notification, now, onRead, marking }: NotificationItemProps) {
  const { t } = useTranslation();
  const unreadId = useId();
  const unread = notification.readAt === null;
  const headline = notificationHeadline(t, notification);
  const path = notification.subject.path?.startsWith('/') ? notification.subject.path : null;
  return (
    <li className={`notification${unread ? ' notification--unread' : ''}`}>
      <span className="notification__icon" aria-hidden="true">
        <Icon name={icons[notification.kind]} size={18} />
      </span>
      <div className="notification__body">
        <p className="notification__headline">
          {path ? (
            <Link
              to={path}
              aria-describedby={unread ? unreadId : undefined}
              onClick={() => {
                if (unread) onRead(notification.id);
              }}
            >
              {headline}
            </Link>
          ) : (
            headline
          )}
        </p>
        {notification.details.excerpt && (
          <p className="notification__excerpt">{notification.details.excerpt}</p>
        )}
        <p className="notification__meta">
          {unread && (
            <span id={unreadId}>
              <Badge tone="brand">{t('notifications.unread')}</Badge>
            </span>
          )}
          <time dateTime={notification.createdAt} title={formatDateTime(notification.createdAt)}>
            {formatRelativeTime(notification.createdAt, Math.max(now, Date.parse(notification.createdAt)))}
          </time>
        </p>
        <p className="notification__meta">{notification.reason}</p>
        {!path && <p className="notification__meta">{t('notifications.gone')}</p>}
        {!path && unread && (
          <div>
            <Button
              variant="secondary"
              size="small"
              loading={marking}
              aria-label={t('notifications.markReadLabel', { headline })}
              onClick={() => onRead(notification.id)}
            >
              {t('notifications.markRead')}
            </Button>
          </div>
        )}
      </div>
    </li>
  );
}
