import { useInfiniteQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { CheckboxField } from '../../../components/ui/checkbox-field';
import { EmptyState } from '../../../components/ui/empty-state';
import { Icon } from '../../../components/ui/icon';
import { LoadMoreButton } from '../../../components/ui/load-more-button';
import { NewItemsBanner } from '../../../components/ui/new-items-banner';
import { PageHeader } from '../../../components/ui/page-header';
import { SkeletonList } from '../../../components/ui/skeleton';
import { useLoadMore } from '../../../components/ui/use-load-more';
import { errorMessage } from '../../../lib/messages';
import { notificationsQueryOptions } from '../api/get-notifications';
import { useMarkAllRead } from '../api/mark-all-read';
import { useMarkRead } from '../api/mark-read';
import { NotificationItem } from '../components/notification-item';
import '../components/notifications.css';

/** Whether notification id `a` came after `b`; ids are growing decimal numbers. */
const isNewer = (a: string, b: string) => (a.length === b.length ? a > b : a.length > b.length);

/** The current time, renewed every minute, so "5 minutes ago" stays true while the page is open. */
function useNow(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 60_000);
    return () => clearInterval(timer);
  }, []);
  return now;
}

/**
 * The signed-in person's notifications, newest first. What arrives while the page is open
 * waits behind a banner until asked for, so nothing moves under the reader; "Mark all as
 * read" covers what the page shows, not what came after it.
 */
export function NotificationsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const unreadOnly = params.get('unread') === 'true';
  const list = useInfiniteQuery(notificationsQueryOptions(unreadOnly));
  const markRead = useMarkRead();
  const markAllRead = useMarkAllRead();
  const now = useNow();
  const doneRef = useRef<HTMLParagraphElement>(null);
  const [done, setDone] = useState(false);

  const loaded = list.data?.pages.flatMap((page) => page.items) ?? [];
  // The newest notification the reader has been shown, per filter: newer ones wait. It is
  // taken once the list is up to date, so what came since the last visit shows at once.
  const [shownUpTo, setShownUpTo] = useState<{ unreadOnly: boolean; id: string } | null>(null);
  const pinned = shownUpTo?.unreadOnly === unreadOnly ? shownUpTo.id : null;
  const upTo = pinned ?? loaded[0]?.id ?? '0';
  const settled = list.isSuccess && !list.isFetching;
  useEffect(() => {
    if (settled && pinned === null) setShownUpTo({ unreadOnly, id: upTo });
  }, [settled, pinned, unreadOnly, upTo]);
  const shown = loaded.filter((notification) => !isNewer(notification.id, upTo));
  const waiting = loaded.length - shown.length;
  const waitingUnread = loaded.filter((n) => isNewer(n.id, upTo) && n.readAt === null).length;
  const unreadShown = (list.data?.pages[0]?.unreadCount ?? 0) - waitingUnread > 0;

  const { listRef, loadMore } = useLoadMore(shown.length, list.fetchNextPage, list.isFetchingNextPage);

  const showNew = () => {
    flushSync(() => setShownUpTo({ unreadOnly, id: loaded[0]?.id ?? upTo }));
    window.scrollTo({ top: 0 });
    listRef.current?.querySelector<HTMLElement>('a[href], button')?.focus();
  };

  const setUnreadOnly = (checked: boolean) => {
    setDone(false);
    setParams(checked ? { unread: 'true' } : {});
  };

  const markAll = () => {
    const newest = shown[0]?.id;
    if (!newest) return;
    setDone(false);
    markAllRead.mutate(
      { upTo: newest },
      {
        onSuccess: () => {
          flushSync(() => setDone(true));
          doneRef.current?.focus();
        },
      },
    );
  };

  return (
    <>
      <PageHeader title={t('notifications.title')} lead={t('notifications.lead')} />
      <section className="notifications" aria-labelledby="notification-items">
        <h2 id="notification-items" className="visually-hidden">
          {t('notifications.itemsTitle')}
        </h2>
        {waiting > 0 && (
          <NewItemsBanner
            message={
              waiting === loaded.length && list.hasNextPage
                ? t('notifications.newItemsMany', { count: waiting })
                : t('notifications.newItems', { count: waiting })
            }
            showLabel={t('notifications.showNew')}
            onShow={showNew}
          />
        )}
        <div className="notifications__tools">
          <CheckboxField
            id="notifications-unread-only"
            label={t('notifications.unreadOnly')}
            checked={unreadOnly}
            onChange={setUnreadOnly}
          />
          <div className="cluster">
            {unreadShown && shown.length > 0 && (
              <Button variant="secondary" size="small" loading={markAllRead.isPending} onClick={markAll}>
                {t('notifications.markAllRead')}
              </Button>
            )}
            <Link to="/settings/notifications">{t('notifications.settingsLink')}</Link>
          </div>
        </div>
        {done && (
          <p ref={doneRef} tabIndex={-1} className="notifications__done">
            <Icon name="success" size={18} />
            {t('notifications.markedAllRead')}
          </p>
        )}
        {markAllRead.isError && <Alert tone="error">{errorMessage(t, markAllRead.error)}</Alert>}
        {markRead.isError && <Alert tone="error">{errorMessage(t, markRead.error)}</Alert>}
        {list.isPending && <SkeletonList label={t('common.loading')} />}
        {list.isError && !list.data && (
          <Alert tone="error" title={t('notifications.loadFailed')}>
            <p>{errorMessage(t, list.error)}</p>
            <Button variant="secondary" size="small" onClick={() => void list.refetch()}>
              {t('common.tryAgain')}
            </Button>
          </Alert>
        )}
        {list.isSuccess && shown.length === 0 && !list.hasNextPage && (
          <EmptyState
            icon="bell"
            title={unreadOnly ? t('notifications.emptyUnread') : t('notifications.empty')}
          >
            {unreadOnly ? (
              <Link to="/notifications">{t('notifications.showAll')}</Link>
            ) : (
              <p>{t('notifications.emptyHint')}</p>
            )}
          </EmptyState>
        )}
        {shown.length > 0 && (
          <ul className="notifications__list" ref={listRef}>
            {shown.map((notification) => (
              <NotificationItem
                key={notification.id}
                notification={notification}
                now={now}
                marking={markRead.isPending && markRead.variables === notification.id}
                onRead={(id) => markRead.mutate(id)}
              />
            ))}
          </ul>
        )}
        {list.hasNextPage && (
          <div className="notifications__more">
            <LoadMoreButton
              label={t('notifications.loadMore')}
              loading={list.isFetchingNextPage}
              onLoadMore={loadMore}
            />
          </div>
        )}
        {list.isFetchNextPageError && <Alert tone="error">{errorMessage(t, list.error)}</Alert>}
      </section>
    </>
  );
}
