import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { member, mockApi, problem, renderWithApp } from '../test/render';
import { RequireAuth } from './require-auth';

const account = (
  <RequireAuth>
    <p>Account settings page</p>
  </RequireAuth>
);
const signInRoute = [{ path: '/sign-in', element: <p>Sign-in page</p> }];

describe('RequireAuth', () => {
  it('shows the page to a signed-in member', () => {
    renderWithApp(account, { path: '/account', user: member });
    expect(screen.getByText('Account settings page')).toBeInTheDocument();
  });

  it('sends a visitor to sign-in with the way back', async () => {
    const { router } = renderWithApp(account, {
      path: '/account?tab=sessions',
      user: null,
      extraRoutes: signInRoute,
    });
    expect(await screen.findByText('Sign-in page')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/sign-in');
    expect(router.state.location.search).toBe(`?next=${encodeURIComponent('/account?tab=sessions')}`);
  });

  it('waits for the session to be restored before deciding', async () => {
    mockApi({ 'POST /api/auth/refresh': () => problem(401, 'unauthenticated') });
    renderWithApp(account, { path: '/account', extraRoutes: signInRoute });
    expect(screen.getByRole('status')).toHaveTextContent('Loading');
    expect(await screen.findByText('Sign-in page')).toBeInTheDocument();
  });
});
