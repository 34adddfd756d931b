import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json, member, mockApi, problem, renderWithApp } from '../../../test/render';
import { VerifyEmailPage } from './verify-email-page';

const token = 'a'.repeat(43);

describe('VerifyEmailPage', () => {
  it('confirms the address once and offers to sign in', async () => {
    const calls = mockApi({ 'POST /api/auth/verify-email': () => json(200, member) });
    renderWithApp(<VerifyEmailPage />, { path: `/verify-email?token=${token}`, user: null });
    expect(
      await screen.findByRole('heading', { name: 'Your email address is confirmed' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Sign in' })).toHaveAttribute('href', '/sign-in?next=%2Faccount');
    expect(calls).toHaveLength(1);
    expect(JSON.parse(String(calls[0]?.init.body))).toEqual({ token });
  });

  it('marks the signed-in member as confirmed', async () => {
    mockApi({ 'POST /api/auth/verify-email': () => json(200, member) });
    const { queryClient } = renderWithApp(<VerifyEmailPage />, {
      path: `/verify-email?token=${token}`,
      user: { ...member, emailVerified: false },
    });
    expect(await screen.findByRole('link', { name: 'Go to your account' })).toBeInTheDocument();
    expect(queryClient.getQueryData(['session'])).toMatchObject({ emailVerified: true });
  });

  it('explains an expired link and how to get a new one', async () => {
    mockApi({ 'POST /api/auth/verify-email': () => problem(410, 'token_expired') });
    renderWithApp(<VerifyEmailPage />, { path: `/verify-email?token=${token}`, user: null });
    expect(await screen.findByRole('heading', { name: 'This link has expired' })).toBeInTheDocument();
    expect(screen.getByText(/Resend email/)).toBeInTheDocument();
  });

  it('lets a signed-in member ask for a new link from an expired one', async () => {
    mockApi({
      'POST /api/auth/verify-email': () => problem(410, 'token_expired'),
    });
    renderWithApp(<VerifyEmailPage />, {
      path: `/verify-email?token=${token}`,
      user: { ...member, emailVerified: false },
    });
    expect(await screen.findByRole('button', { name: 'Send a new link' })).toBeInTheDocument();
  });

  it('explains a used or broken link', async () => {
    mockApi({ 'POST /api/auth/verify-email': () => problem(400, 'invalid_token') });
    renderWithApp(<VerifyEmailPage />, { path: `/verify-email?token=${token}`, user: null });
    expect(await screen.findByRole('heading', { name: 'This link is not valid' })).toBeInTheDocument();
  });

  it('does not call the API without a token', () => {
    const calls = mockApi({});
    renderWithApp(<VerifyEmailPage />, { path: '/verify-email', user: null });
    expect(screen.getByText('This page needs the link from your confirmation email.')).toBeInTheDocument();
    expect(calls).toEqual([]);
  });
});
