import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { startSession } from '../../../lib/api-client';
import { i18n } from '../../../lib/i18n';
import { json, member, mockApi, renderWithApp } from '../../../test/render';
import { SessionsList } from './sessions-list';

const firefox = 'Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0';
const iphone =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1';

const sessions = [
  {
    id: '11111111-1111-4111-8111-111111111111',
    createdAt: '2026-03-01T08:00:00.000Z',
    lastUsedAt: '2026-03-02T10:15:00.000Z',
    userAgent: iphone,
    ip: '203.0.113.7',
    current: false,
  },
  {
    id: '22222222-2222-4222-8222-222222222222',
    createdAt: '2026-03-03T08:00:00.000Z',
    lastUsedAt: '2026-03-03T09:00:00.000Z',
    userAgent: firefox,
    ip: '198.51.100.4',
    current: true,
  },
];

describe('SessionsList', () => {
  it('lists each device with this one first and marked', async () => {
    startSession({ accessToken: 'token-1', expiresIn: 900, user: member });
    mockApi({ 'GET /api/me/sessions': () => json(200, { items: sessions }) });
    renderWithApp(<SessionsList />, { user: member });
    const items = await screen.findAllByRole('listitem');
    expect(items[0]).toHaveTextContent('Firefox on Linux');
    expect(items[0]).toHaveTextContent('This device');
    expect(items[0]).toHaveTextContent('198.51.100.4');
    expect(within(items[0] as HTMLElement).queryByRole('button')).not.toBeInTheDocument();
    expect(items[1]).toHaveTextContent('Safari on iOS');
    expect(items[1]).toHaveTextContent('March 2, 2026');
  });

  it('writes English dates the way the browser’s English does', async () => {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['en-GB', 'en']);
    startSession({ accessToken: 'token-1', expiresIn: 900, user: member });
    mockApi({ 'GET /api/me/sessions': () => json(200, { items: sessions }) });
    renderWithApp(<SessionsList />, { user: member });
    const items = await screen.findAllByRole('listitem');
    expect(items[1]).toHaveTextContent('2 March 2026');
    expect(items[1]).not.toHaveTextContent(/AM|PM/);
  });

  it('writes dates in the reader’s language', async () => {
    await i18n.changeLanguage('de');
    startSession({ accessToken: 'token-1', expiresIn: 900, user: member });
    mockApi({ 'GET /api/me/sessions': () => json(200, { items: sessions }) });
    renderWithApp(<SessionsList />, { user: member });
    expect(await screen.findByText(/2\. März 2026/)).toBeInTheDocument();
  });

  it('signs another device out after confirmation', async () => {
    const user = userEvent.setup();
    startSession({ accessToken: 'token-1', expiresIn: 900, user: member });
    let items = sessions;
    const calls = mockApi({
      'GET /api/me/sessions': () => json(200, { items }),
      'DELETE /api/me/sessions/11111111-1111-4111-8111-111111111111': () => {
        items = sessions.filter((session) => session.current);
        return new Response(null, { status: 204 });
      },
    });
    renderWithApp(<SessionsList />, { user: member });
    await user.click(await screen.findByRole('button', { name: 'Sign out Safari on iOS' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Sign out this device?' });
    await user.click(within(dialog).getByRole('button', { name: 'Sign out device' }));

    expect(await screen.findByText('The device has been signed out.')).toBeInTheDocument();
    expect(await screen.findByText('You are not signed in anywhere else.')).toBeInTheDocument();
    expect(calls.map((call) => call.key)).toContain(
      'DELETE /api/me/sessions/11111111-1111-4111-8111-111111111111',
    );
  });

  it('keeps the session when the confirmation is cancelled', async () => {
    const user = userEvent.setup();
    startSession({ accessToken: 'token-1', expiresIn: 900, user: member });
    const calls = mockApi({ 'GET /api/me/sessions': () => json(200, { items: sessions }) });
    renderWithApp(<SessionsList />, { user: member });
    await user.click(await screen.findByRole('button', { name: 'Sign out Safari on iOS' }));
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(calls.every((call) => call.key.startsWith('GET'))).toBe(true);
  });
});
