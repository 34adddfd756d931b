import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { startSession } from '../../../lib/api-client';
import { json, member, mockApi, problem, renderWithApp } from '../../../test/render';
import { UnverifiedBanner } from './unverified-banner';

const unverified = { ...member, emailVerified: false };

describe('UnverifiedBanner', () => {
  it('shows nothing once the address is confirmed', () => {
    mockApi({});
    renderWithApp(<UnverifiedBanner />, { user: member });
    expect(screen.queryByRole('button', { name: 'Resend email' })).not.toBeInTheDocument();
  });

  it('mails a new link and says where it went', async () => {
    const user = userEvent.setup();
    startSession({ accessToken: 'token-1', expiresIn: 900, user: unverified });
    mockApi({ 'POST /api/auth/resend-verification': () => json(202, { status: 'accepted' }) });
    renderWithApp(<UnverifiedBanner />, { user: unverified });
    await user.click(screen.getByRole('button', { name: 'Resend email' }));
    expect(await screen.findByText('We sent a new link to ada@example.org.')).toBeInTheDocument();
  });

  it('tells how long to wait when too many links were asked for', async () => {
    const user = userEvent.setup();
    startSession({ accessToken: 'token-1', expiresIn: 900, user: unverified });
    mockApi({
      'POST /api/auth/resend-verification': () => problem(429, 'rate_limited', {}, { 'Retry-After': '60' }),
    });
    renderWithApp(<UnverifiedBanner />, { user: unverified });
    await user.click(screen.getByRole('button', { name: 'Resend email' }));
    expect(
      await screen.findByText('Too many attempts. Please wait about 1 minute and try again.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Resend email' })).toBeInTheDocument();
  });
});
