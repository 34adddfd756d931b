import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it } from 'vitest';
import { connectLive, disconnectLive } from '../../../lib/live';
import { notificationFixture, notificationPage } from '../../../test/fixtures';
import { serverConnects, serverSends } from '../../../test/live-socket';
import { member } from '../../../test/render';
import { notificationsQueryOptions } from './get-notifications';
import { unreadCountQueryOptions } from './get-unread-count';

const countKey = unreadCountQueryOptions().queryKey;
const listKeys = [notificationsQueryOptions(false).queryKey, notificationsQueryOptions(true).queryKey];

/** A cache holding a count of 1 and both lists, as after a visit to the notifications page. */
function cacheWithNotifications(): QueryClient {
  const queryClient = new QueryClient();
  queryClient.setQueryData(countKey, { unreadCount: 1 });
  for (const key of listKeys) {
    queryClient.setQueryData(key, { pages: [notificationPage([notificationFixture()])], pageParams: [null] });
  }
  connectLive(queryClient, member.id);
  return queryClient;
}

const invalidated = (queryClient: QueryClient) =>
  listKeys.map((key) => queryClient.getQueryState(key)?.isInvalidated);

afterEach(() => disconnectLive());

describe('live notifications in the query cache', () => {
  it('takes the unread count from a new notification and marks the lists to be asked again', () => {
    const queryClient = cacheWithNotifications();
    serverSends('notification:new', { id: '11', unreadCount: 2 });
    expect(queryClient.getQueryData(countKey)).toEqual({ unreadCount: 2 });
    expect(invalidated(queryClient)).toEqual([true, true]);
  });

  it('takes the unread count after reading in another tab, and marks the lists to be asked again', () => {
    const queryClient = cacheWithNotifications();
    serverSends('notification:unread', { unreadCount: 0 });
    expect(queryClient.getQueryData(countKey)).toEqual({ unreadCount: 0 });
    expect(invalidated(queryClient)).toEqual([true, true]);
  });

  it('asks again for the count and the lists after a connection that lost what it missed', () => {
    const queryClient = cacheWithNotifications();
    serverConnects();
    expect(queryClient.getQueryState(countKey)?.isInvalidated).toBe(false);
    serverConnects();
    expect(queryClient.getQueryState(countKey)?.isInvalidated).toBe(true);
    expect(invalidated(queryClient)).toEqual([true, true]);
  });

  it('keeps the cache as it is when a dropped connection came back with what it missed', () => {
    const queryClient = cacheWithNotifications();
    serverConnects();
    serverConnects({ recovered: true });
    expect(queryClient.getQueryState(countKey)?.isInvalidated).toBe(false);
    expect(invalidated(queryClient)).toEqual([false, false]);
  });
});
