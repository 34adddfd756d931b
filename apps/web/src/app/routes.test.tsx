import type { Me } from '@open-spaces/contracts';
import { QueryClient } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { describe, expect, it } from 'vitest';
import { getAccessToken, startSession } from '../lib/api-client';
import { i18n } from '../lib/i18n';
import { sessionQueryKey } from '../lib/session';
import { myProfile } from '../test/fixtures';
import { json, member, mockApi } from '../test/render';
import { AppProviders } from './providers';
import { routes } from './routes';

function renderApp(path: string, user: Me | null) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  queryClient.setQueryData(sessionQueryKey, user);
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  render(
    <AppProviders queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProviders>,
  );
  return router;
}

describe('the app shell', () => {
  it('has a skip link, landmarks and the current section marked', () => {
    renderApp('/funding', null);
    expect(screen.getByRole('link', { name: 'Skip to main content' })).toHaveAttribute(
      'href',
      '#main-content',
    );
    expect(screen.getByRole('banner')).toBeInTheDocument();
    expect(screen.getByRole('main')).toHaveAttribute('id', 'main-content');
    expect(screen.getByRole('contentinfo')).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(within(nav).getByRole('link', { name: 'Funding' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('heading', { level: 1, name: 'Funding' })).toBeInTheDocument();
    expect(document.title).toBe('Funding – Open Spaces');
  });

  it('folds the navigation into a menu button for phones', async () => {
    const user = userEvent.setup();
    renderApp('/', null);
    const toggle = screen.getByRole('button', { name: 'Menu' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
  });

  it('offers sign-in and registration to visitors', () => {
    renderApp('/', null);
    const header = screen.getByRole('banner');
    expect(within(header).getByRole('link', { name: 'Sign in' })).toHaveAttribute(
      'href',
      '/sign-in?next=%2F',
    );
    expect(within(header).getByRole('link', { name: 'Create account' })).toHaveAttribute('href', '/register');
  });

  it('gives members an account menu that signs them out', async () => {
    const user = userEvent.setup();
    startSession({ accessToken: 'token-1', expiresIn: 900, user: member });
    const calls = mockApi({ 'POST /api/auth/logout': () => new Response(null, { status: 204 }) });
    renderApp('/people', member);
    await user.click(screen.getByRole('button', { name: /Ada Lovelace/ }));
    expect(screen.getByRole('link', { name: 'Account settings' })).toHaveAttribute('href', '/account');
    await user.click(screen.getByRole('button', { name: 'Sign out' }));
    const header = screen.getByRole('banner');
    expect(await within(header).findByRole('link', { name: 'Sign in' })).toBeInTheDocument();
    expect(calls.map((call) => call.key)).toContain('POST /api/auth/logout');
  });

  it.each([
    ['en', 'Sign out', 'You are signed out.'],
    ['de', 'Abmelden', 'Du bist abgemeldet.'],
    ['fr', 'Se déconnecter', 'Vous êtes déconnecté·e.'],
  ])(
    'signs out from account settings onto the home page and says so (%s)',
    async (language, signOut, notice) => {
      await i18n.changeLanguage(language);
      const user = userEvent.setup();
      startSession({ accessToken: 'token-1', expiresIn: 900, user: member });
      mockApi({
        'POST /api/auth/logout': () => new Response(null, { status: 204 }),
        'GET /api/me': () => json(200, member),
        'GET /api/me/profile': () => json(200, { ...myProfile, onboarded: true }),
        'GET /api/me/sessions': () => json(200, { items: [] }),
        'GET /api/me/blocks': () => json(200, { items: [], nextCursor: null }),
      });
      const router = renderApp('/account', member);
      await user.click(screen.getByRole('button', { name: /Ada Lovelace/ }));
      await user.click(screen.getByRole('button', { name: signOut }));
      expect(await screen.findByRole('status')).toHaveTextContent(notice);
      expect(router.state.location.pathname).toBe('/');
      expect(router.state.location.search).toBe('');
      expect(getAccessToken()).toBeNull();
    },
  );

  it('signs out on this device even when the server cannot be reached', async () => {
    const user = userEvent.setup();
    startSession({ accessToken: 'token-1', expiresIn: 900, user: member });
    mockApi({ 'POST /api/auth/logout': () => Promise.reject(new TypeError('Failed to fetch')) });
    renderApp('/', member);
    await user.click(screen.getByRole('button', { name: /Ada Lovelace/ }));
    await user.click(screen.getByRole('button', { name: 'Sign out' }));
    expect(
      await within(screen.getByRole('banner')).findByRole('link', { name: 'Sign in' }),
    ).toBeInTheDocument();
    expect(getAccessToken()).toBeNull();
  });

  it('reminds an unconfirmed member to confirm their address', () => {
    renderApp('/', { ...member, emailVerified: false });
    expect(screen.getByRole('button', { name: 'Resend email' })).toBeInTheDocument();
  });

  it('sends visitors from account settings to sign-in', async () => {
    const router = renderApp('/account', null);
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(router.state.location.search).toBe('?next=%2Faccount');
  });

  it('says when a page does not exist', () => {
    renderApp('/no-such-page', null);
    expect(screen.getByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
  });
});
