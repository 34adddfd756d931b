import type { Notification } from '@open-spaces/contracts';
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { startSession } from '../../../lib/api-client';
import { connectLive, disconnectLive } from '../../../lib/live';
import { notificationFixture as notification, notificationPage } from '../../../test/fixtures';
import { serverSends } from '../../../test/live-socket';
import { json, member, mockApi, problem, renderWithApp } from '../../../test/render';
import { NotificationsPage } from './notifications-page';

const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();

const follow = notification({ id: '12', createdAt: minutesAgo(5) });
const comment = notification({
  id: '11',
  kind: 'post_comment',
  createdAt: minutesAgo(180),
  readAt: minutesAgo(120),
  actor: { handle: 'jonas', displayName: 'Jonas Berg', avatar: null },
  subject: { type: 'post', title: 'Our assembly', path: '/news/our-assembly' },
  details: { excerpt: 'Which venue did you use?' },
  reason: 'You get this because it is your post.',
});

function renderPage(
  routes: Parameters<typeof mockApi>[0],
  path = '/notifications',
): ReturnType<typeof renderWithApp> & { calls: ReturnType<typeof mockApi> } {
  startSession({ accessToken: 'token-1', expiresIn: 900, user: member });
  const calls = mockApi(routes);
  const view = renderWithApp(<NotificationsPage />, { path, route: '/notifications', user: member });
  return { ...view, calls };
}

const pages = (...answers: Notification[][]) => {
  let call = 0;
  return () => json(200, notificationPage(answers[Math.min(call++, answers.length - 1)] ?? []));
};

afterEach(() => disconnectLive());

describe('NotificationsPage', () => {
  it('lists notifications newest first, in words, with why and when, and says which are unread', async () => {
    renderPage({ 'GET /api/notifications': pages([follow, comment]) });
    const list = await screen.findByRole('list');
    const [first, second] = within(list).getAllByRole('listitem');
    if (!first || !second) throw new Error('two notifications expected');
    expect(within(first).getByRole('link', { name: 'Ana Novak followed you' })).toHaveAttribute(
      'href',
      '/people/ana',
    );
    expect(within(first).getByRole('link', { name: 'Ana Novak followed you' })).toHaveAccessibleDescription(
      'Unread',
    );
    expect(first).toHaveTextContent('5 minutes ago');
    expect(first).toHaveTextContent('You get this because it is about your profile.');
    expect(
      within(second).getByRole('link', { name: 'Jonas Berg commented on your post “Our assembly”' }),
    ).not.toHaveAccessibleDescription();
    expect(second).toHaveTextContent('Which venue did you use?');
    expect(second).toHaveTextContent('3 hours ago');
    expect(second).not.toHaveTextContent('Unread');
    expect(screen.getByRole('link', { name: 'Choose how you are notified' })).toHaveAttribute(
      'href',
      '/settings/notifications',
    );
  });

  it('marks a notification read when its link is followed', async () => {
    const user = userEvent.setup();
    const { calls, router } = renderPage({
      'GET /api/notifications': pages([follow]),
      'POST /api/notifications/12/read': () => new Response(null, { status: 204 }),
    });
    await user.click(await screen.findByRole('link', { name: 'Ana Novak followed you' }));
    expect(router.state.location.pathname).toBe('/people/ana');
    await expect.poll(() => calls.map((call) => call.key)).toContain('POST /api/notifications/12/read');
  });

  it('offers “Mark as read” for one whose subject is gone', async () => {
    const user = userEvent.setup();
    const gone = notification({
      id: '9',
      kind: 'event_cancelled',
      actor: null,
      subject: { type: 'event', title: 'Budget night', path: null },
    });
    const { calls } = renderPage({
      'GET /api/notifications': pages([gone], [{ ...gone, readAt: minutesAgo(0) }]),
      'POST /api/notifications/9/read': () => new Response(null, { status: 204 }),
    });
    expect(await screen.findByText('The event “Budget night” was cancelled')).toBeVisible();
    expect(screen.getByText('This is no longer available.')).toBeVisible();
    await user.click(
      screen.getByRole('button', { name: 'Mark as read: The event “Budget night” was cancelled' }),
    );
    await expect.poll(() => calls.map((call) => call.key)).toContain('POST /api/notifications/9/read');
    await expect.poll(() => screen.queryByRole('button', { name: /Mark as read/ })).toBeNull();
  });

  it('marks all shown as read up to the newest shown, and says so', async () => {
    const user = userEvent.setup();
    const { calls, queryClient } = renderPage({
      'GET /api/notifications': pages([follow, comment], [{ ...follow, readAt: minutesAgo(0) }, comment]),
      'POST /api/notifications/read': () => json(200, { unreadCount: 0 }),
    });
    await user.click(await screen.findByRole('button', { name: 'Mark all as read' }));
    const done = await screen.findByText('Your notifications are marked as read.');
    expect(done).toHaveFocus();
    const markAll = calls.find((call) => call.key === 'POST /api/notifications/read');
    expect(JSON.parse(String(markAll?.init.body))).toEqual({ upTo: '12' });
    expect(queryClient.getQueryData(['notifications', 'unread-count'])).toEqual({ unreadCount: 0 });
    await expect.poll(() => screen.queryByRole('button', { name: 'Mark all as read' })).toBeNull();
    expect(screen.queryByText('Unread')).not.toBeInTheDocument();
  });

  it('lists only the unread ones when asked, and says when all are read', async () => {
    const user = userEvent.setup();
    const { calls, router } = renderPage({
      'GET /api/notifications': (url) =>
        json(200, notificationPage(new URL(url, 'http://x').searchParams.get('unread') ? [] : [follow])),
    });
    await screen.findByRole('link', { name: 'Ana Novak followed you' });
    await user.click(screen.getByRole('checkbox', { name: 'Unread only' }));
    expect(router.state.location.search).toBe('?unread=true');
    expect(await screen.findByText('You have read all your notifications.')).toBeVisible();
    expect(calls.at(-1)?.url).toBe('/api/notifications?unread=true&limit=20');
    await user.click(screen.getByRole('link', { name: 'Show all notifications' }));
    expect(await screen.findByRole('link', { name: 'Ana Novak followed you' })).toBeVisible();
    expect(screen.getByRole('checkbox', { name: 'Unread only' })).not.toBeChecked();
  });

  it('says when there are no notifications yet', async () => {
    renderPage({ 'GET /api/notifications': pages([]) });
    expect(await screen.findByText('No notifications yet.')).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Mark all as read' })).not.toBeInTheDocument();
  });

  it('says when the notifications cannot be loaded, and tries again on request', async () => {
    const user = userEvent.setup();
    let fail = true;
    renderPage({
      'GET /api/notifications': () =>
        fail ? problem(503, 'service_unavailable') : json(200, notificationPage([follow])),
    });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Your notifications could not be loaded.');
    fail = false;
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('link', { name: 'Ana Novak followed you' })).toBeVisible();
  });

  it('loads older notifications after the last one shown, busy while it loads', async () => {
    const user = userEvent.setup();
    let release: () => void = () => {};
    const { calls } = renderPage({
      'GET /api/notifications': async (url) => {
        if (!url.includes('after=')) return json(200, notificationPage([follow], 'cursor-12'));
        await new Promise<void>((resolve) => {
          release = resolve;
        });
        return json(200, notificationPage([comment]));
      },
    });
    const more = await screen.findByRole('button', { name: 'Load older notifications' });
    await user.click(more);
    expect(more).toHaveAttribute('aria-busy', 'true');
    expect(calls.at(-1)?.url).toBe('/api/notifications?limit=20&after=cursor-12');
    await act(async () => release());
    const older = await screen.findByRole('link', {
      name: 'Jonas Berg commented on your post “Our assembly”',
    });
    expect(older).toHaveFocus();
    expect(screen.queryByRole('button', { name: 'Load older notifications' })).not.toBeInTheDocument();
  });

  it('shows what arrived since the last visit at once', async () => {
    const arrived = notification({
      id: '13',
      actor: { handle: 'mila', displayName: 'Mila Horvat', avatar: null },
      subject: { type: 'profile', title: 'Mila Horvat', path: '/people/mila' },
    });
    const { queryClient, router } = renderPage({
      'GET /api/notifications': pages([follow], [arrived, follow]),
    });
    await screen.findByRole('link', { name: 'Ana Novak followed you' });
    await act(() => router.navigate('/elsewhere'));
    connectLive(queryClient, member.id);
    act(() => serverSends('notification:new', { id: '13', unreadCount: 2 }));
    await act(() => router.navigate('/notifications'));
    expect(await screen.findByRole('link', { name: 'Mila Horvat followed you' })).toBeVisible();
    expect(screen.queryByText('1 new notification')).not.toBeInTheDocument();
  });

  it('keeps what arrives live behind a banner until asked, and marks read only what was shown', async () => {
    const user = userEvent.setup();
    const arrived = notification({
      id: '13',
      createdAt: minutesAgo(0),
      actor: { handle: 'mila', displayName: 'Mila Horvat', avatar: null },
      subject: { type: 'profile', title: 'Mila Horvat', path: '/people/mila' },
    });
    const { calls, queryClient } = renderPage({
      'GET /api/notifications': pages([follow, comment], [arrived, follow, comment]),
      'POST /api/notifications/read': () => json(200, { unreadCount: 1 }),
    });
    await screen.findByRole('link', { name: 'Ana Novak followed you' });
    connectLive(queryClient, member.id);

    act(() => serverSends('notification:new', { id: '13', unreadCount: 2 }));
    const banner = await screen.findByText('1 new notification');
    expect(banner.closest('[role="status"]')).not.toBeNull();
    expect(screen.queryByRole('link', { name: 'Mila Horvat followed you' })).not.toBeInTheDocument();
    expect(within(screen.getByRole('list')).getAllByRole('listitem')).toHaveLength(2);

    await user.click(screen.getByRole('button', { name: 'Mark all as read' }));
    await screen.findByText('Your notifications are marked as read.');
    const markAll = calls.find((call) => call.key === 'POST /api/notifications/read');
    expect(JSON.parse(String(markAll?.init.body))).toEqual({ upTo: '12' });

    await user.click(screen.getByRole('button', { name: 'Show' }));
    const shown = screen.getByRole('link', { name: 'Mila Horvat followed you' });
    expect(shown).toHaveFocus();
    expect(screen.queryByText('1 new notification')).not.toBeInTheDocument();
  });
});
