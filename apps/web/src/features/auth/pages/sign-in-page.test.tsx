import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { getAccessToken } from '../../../lib/api-client';
import { json, member, mockApi, problem, renderWithApp } from '../../../test/render';
import { SignInPage } from './sign-in-page';

const destinations = [
  { path: '/account', element: <p>Account page</p> },
  { path: '/', element: <p>Home page</p> },
];

async function signIn(password: string) {
  const user = userEvent.setup();
  await user.type(screen.getByLabelText('Email address'), 'ada@example.org');
  await user.type(screen.getByLabelText('Password'), password);
  await user.click(screen.getByRole('button', { name: 'Sign in' }));
}

describe('SignInPage', () => {
  it('says so when the email address or password is wrong', async () => {
    mockApi({ 'POST /api/auth/login': () => problem(401, 'invalid_credentials') });
    renderWithApp(<SignInPage />, { path: '/sign-in', user: null });
    await signIn('wrong password');
    const summary = await screen.findByRole('alert', { name: 'There is a problem' });
    expect(summary).toHaveTextContent('The email address or password is not right.');
    expect(summary).toHaveFocus();
    expect(getAccessToken()).toBeNull();
  });

  it.each([
    ['647', 'Too many attempts. Please wait about 11 minutes and try again.'],
    ['30', 'Too many attempts. Please wait about 30 seconds and try again.'],
  ])('tells in words how long to wait when rate-limited (Retry-After: %s)', async (seconds, message) => {
    mockApi({
      'POST /api/auth/login': () => problem(429, 'rate_limited', {}, { 'Retry-After': seconds }),
    });
    renderWithApp(<SignInPage />, { path: '/sign-in', user: null });
    await signIn('a password');
    expect(await screen.findByRole('alert')).toHaveTextContent(message);
  });

  it('signs in, keeps the token in memory and returns to the page that asked', async () => {
    mockApi({
      'POST /api/auth/login': () => json(200, { accessToken: 'token-1', expiresIn: 900, user: member }),
    });
    const { router, queryClient } = renderWithApp(<SignInPage />, {
      path: '/sign-in?next=%2Faccount',
      user: null,
      extraRoutes: destinations,
    });
    await signIn('correct horse battery');
    expect(await screen.findByText('Account page')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/account');
    expect(getAccessToken()).toBe('token-1');
    expect(queryClient.getQueryData(['session'])).toEqual(member);
    const stored = Object.keys(localStorage).map((key) => localStorage.getItem(key) ?? '');
    expect(stored.join(' ')).not.toContain('token-1');
  });

  it('refuses to follow a next link to another site', async () => {
    mockApi({
      'POST /api/auth/login': () => json(200, { accessToken: 'token-1', expiresIn: 900, user: member }),
    });
    const { router } = renderWithApp(<SignInPage />, {
      path: '/sign-in?next=%2F%2Fevil.example',
      user: null,
      extraRoutes: destinations,
    });
    await signIn('correct horse battery');
    expect(await screen.findByText('Home page')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/');
  });

  it('sends someone who is already signed in straight on', async () => {
    renderWithApp(<SignInPage />, {
      path: '/sign-in?next=%2Faccount',
      user: member,
      extraRoutes: destinations,
    });
    expect(await screen.findByText('Account page')).toBeInTheDocument();
  });
});
