import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { SiteHeader } from '../../../app/layout/site-header';
import { startSession } from '../../../lib/api-client';
import { connectLive, disconnectLive } from '../../../lib/live';
import { serverSends } from '../../../test/live-socket';
import { json, member, mockApi, problem, renderWithApp } from '../../../test/render';
import { NotificationBell } from './notification-bell';

function renderBell(unreadCount: number) {
  startSession({ accessToken: 'token-1', expiresIn: 900, user: member });
  const calls = mockApi({ 'GET /api/notifications/unread-count': () => json(200, { unreadCount }) });
  const view = renderWithApp(<NotificationBell />, { user: member });
  return { ...view, calls };
}

afterEach(() => disconnectLive());

describe('NotificationBell', () => {
  it('links to the notifications page and says how many are unread', async () => {
    renderBell(3);
    const link = await screen.findByRole('link', { name: 'Notifications, 3 unread' });
    expect(link).toHaveAttribute('href', '/notifications');
    expect(link).toHaveTextContent('3');
  });

  it('shows no count when everything is read, and stays a link', async () => {
    const { calls } = renderBell(0);
    await screen.findByRole('link', { name: 'Notifications' });
    expect(calls).toHaveLength(1);
    expect(screen.getByRole('link', { name: 'Notifications' })).toHaveTextContent('');
  });

  it('shortens a count above 99 but names it in full', async () => {
    renderBell(240);
    expect(await screen.findByRole('link', { name: 'Notifications, 240 unread' })).toHaveTextContent('99+');
  });

  it('stays a plain link when the count cannot be loaded', async () => {
    startSession({ accessToken: 'token-1', expiresIn: 900, user: member });
    const calls = mockApi({
      'GET /api/notifications/unread-count': () => problem(503, 'service_unavailable'),
    });
    renderWithApp(<NotificationBell />, { user: member });
    await act(async () => {});
    expect(calls).toHaveLength(1);
    expect(screen.getByRole('link', { name: 'Notifications' })).toBeInTheDocument();
  });

  it('counts up as notifications arrive live, announcing it politely without moving focus', async () => {
    const user = userEvent.setup();
    startSession({ accessToken: 'token-1', expiresIn: 900, user: member });
    mockApi({ 'GET /api/notifications/unread-count': () => json(200, { unreadCount: 1 }) });
    const { queryClient } = renderWithApp(
      <>
        <NotificationBell />
        <button type="button">Reading here</button>
      </>,
      { user: member },
    );
    await screen.findByRole('link', { name: 'Notifications, 1 unread' });
    connectLive(queryClient, member.id);
    await user.click(screen.getByRole('button', { name: 'Reading here' }));
    expect(screen.queryByText(/New notification/)).not.toBeInTheDocument();

    act(() => serverSends('notification:new', { id: '12', unreadCount: 2 }));
    expect(await screen.findByRole('link', { name: 'Notifications, 2 unread' })).toBeInTheDocument();
    const announcement = screen.getByText('New notification: 2 unread.');
    expect(announcement).toHaveAttribute('aria-live', 'polite');
    expect(screen.getByRole('button', { name: 'Reading here' })).toHaveFocus();

    act(() => serverSends('notification:unread', { unreadCount: 0 }));
    expect(await screen.findByRole('link', { name: 'Notifications' })).toBeInTheDocument();
    expect(announcement).toHaveTextContent('');
  });

  it('is in the header for members only', async () => {
    startSession({ accessToken: 'token-1', expiresIn: 900, user: member });
    mockApi({ 'GET /api/notifications/unread-count': () => json(200, { unreadCount: 4 }) });
    const view = renderWithApp(<SiteHeader />, { user: member });
    const header = screen.getByRole('banner');
    expect(await within(header).findByRole('link', { name: 'Notifications, 4 unread' })).toBeVisible();
    view.unmount();

    renderWithApp(<SiteHeader />, { user: null });
    expect(screen.queryByRole('link', { name: /Notifications/ })).not.toBeInTheDocument();
  });
});
