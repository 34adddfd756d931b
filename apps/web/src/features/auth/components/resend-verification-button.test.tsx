import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { startSession } from '../../../lib/api-client';
import { json, member, mockApi, problem, renderWithApp } from '../../../test/render';
import { ResendVerificationButton } from './resend-verification-button';

const unverified = { ...member, emailVerified: false };

describe('ResendVerificationButton', () => {
  it('asks for a new link and says it was sent', async () => {
    const user = userEvent.setup();
    startSession({ accessToken: 'token-1', expiresIn: 900, user: unverified });
    const calls = mockApi({ 'POST /api/auth/resend-verification': () => json(202, { status: 'accepted' }) });
    renderWithApp(<ResendVerificationButton />, { user: unverified });
    await user.click(screen.getByRole('button', { name: 'Send a new link' }));
    expect(await screen.findByRole('status')).toHaveTextContent('We sent a new link. Check your inbox.');
    expect(calls.map((call) => call.key)).toEqual(['POST /api/auth/resend-verification']);
  });

  it('tells how long to wait when too many links were asked for, and keeps the button', async () => {
    const user = userEvent.setup();
    startSession({ accessToken: 'token-1', expiresIn: 900, user: unverified });
    mockApi({
      'POST /api/auth/resend-verification': () => problem(429, 'rate_limited', {}, { 'Retry-After': '3540' }),
    });
    renderWithApp(<ResendVerificationButton />, { user: unverified });
    await user.click(screen.getByRole('button', { name: 'Send a new link' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Too many attempts. Please wait about 59 minutes and try again.',
    );
    expect(screen.getByRole('button', { name: 'Send a new link' })).toBeInTheDocument();
  });
});
