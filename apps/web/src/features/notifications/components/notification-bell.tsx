import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { Icon } from '../../../components/ui/icon';
import { useSession } from '../../../lib/session';
import { unreadCountQueryOptions } from '../api/get-unread-count';
import './notifications.css';

/** Beyond this the badge shows "99+"; the link's name still says the full count. */
const SHOWN_MAX = 99;

/**
 * The header's link to the notifications page, with the unread count. Live events set the
 * count as notifications arrive; a rise is announced politely, and focus stays where it is.
 */
export function NotificationBell() {
  const { t } = useTranslation();
  const session = useSession();
  const signedIn = session.status === 'signedIn';
  const unread = useQuery({ ...unreadCountQueryOptions(), enabled: signedIn });
  const count = unread.data?.unreadCount ?? 0;
  const announced = useRise(unread.data?.unreadCount);

  if (!signedIn) return null;
  return (
    <>
      <NavLink
        to="/notifications"
        className="notification-bell"
        aria-label={count > 0 ? t('notifications.badgeUnread', { count }) : t('notifications.badge')}
      >
        <Icon name="bell" />
        {count > 0 && (
          <span className="notification-bell__count" aria-hidden="true">
            {count > SHOWN_MAX ? `${SHOWN_MAX}+` : count}
          </span>
        )}
      </NavLink>
      <span className="visually-hidden" aria-live="polite" aria-atomic="true">
        {announced === null ? '' : t('notifications.arrived', { count: announced })}
      </span>
    </>
  );
}

/** The count after it last went up while shown (not on the first load); null otherwise. */
function useRise(count: number | undefined): number | null {
  const previous = useRef<number | undefined>(undefined);
  const [risen, setRisen] = useState<number | null>(null);
  useEffect(() => {
    if (count === undefined) return;
    if (previous.current !== undefined && count > previous.current) setRisen(count);
    else if (previous.current !== undefined && count < previous.current) setRisen(null);
    previous.current = count;
  }, [count]);
  return risen;
}
