import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { startSession } from '../../../lib/api-client';
import { json, member, mockApi, problem, renderWithApp } from '../../../test/render';
import { InvitationsPage } from './invitations-page';

const invitation = (id: string, name: string, slug: string) => ({
  id,
  organisation: { slug, name },
  role: 'editor',
  handle: 'ada',
  email: null,
  invitedBy: { handle: 'grace', displayName: 'Grace Hopper' },
  status: 'pending',
  createdAt: '2026-03-01T08:00:00.000Z',
});

const first = invitation('11111111-1111-4111-8111-111111111111', 'Clean Air Network', 'clean-air');
const second = invitation('22222222-2222-4222-8222-222222222222', 'Press Watch', 'press-watch');

describe('InvitationsPage', () => {
  it('lists pending invitations with who invited and the role', async () => {
    startSession({ accessToken: 'token-1', expiresIn: 900, user: member });
    mockApi({ 'GET /api/me/invitations': () => json(200, { items: [first, second] }) });
    renderWithApp(<InvitationsPage />, { user: member });
    expect(await screen.findByRole('heading', { name: 'Clean Air Network' })).toBeInTheDocument();
    expect(screen.getAllByText('Grace Hopper invited you to join as Editor.')).toHaveLength(2);
  });

  it('accepts an invitation, links to the organisation and drops it from the list', async () => {
    const user = userEvent.setup();
    startSession({ accessToken: 'token-1', expiresIn: 900, user: member });
    let items = [first, second];
    const calls = mockApi({
      'GET /api/me/invitations': () => json(200, { items }),
      [`POST /api/invitations/${first.id}/accept`]: () => {
        items = [second];
        return json(200, { status: 'accepted' });
      },
    });
    renderWithApp(<InvitationsPage />, { user: member });
    await user.click(
      await screen.findByRole('button', { name: 'Accept the invitation from Clean Air Network' }),
    );
    expect(await screen.findByText('You are now a member of Clean Air Network.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to Clean Air Network' })).toHaveAttribute(
      'href',
      '/organisations/clean-air',
    );
    expect(await screen.findAllByRole('listitem')).toHaveLength(1);
    expect(calls.map((call) => call.key)).toContain(`POST /api/invitations/${first.id}/accept`);
  });

  it('declines an invitation', async () => {
    const user = userEvent.setup();
    startSession({ accessToken: 'token-1', expiresIn: 900, user: member });
    let items = [second];
    mockApi({
      'GET /api/me/invitations': () => json(200, { items }),
      [`POST /api/invitations/${second.id}/decline`]: () => {
        items = [];
        return new Response(null, { status: 204 });
      },
    });
    renderWithApp(<InvitationsPage />, { user: member });
    await user.click(await screen.findByRole('button', { name: 'Decline the invitation from Press Watch' }));
    expect(await screen.findByText('You declined the invitation from Press Watch.')).toBeInTheDocument();
    expect(await screen.findByText('You have no open invitations.')).toBeInTheDocument();
  });

  it('explains an invitation that was revoked meanwhile', async () => {
    const user = userEvent.setup();
    startSession({ accessToken: 'token-1', expiresIn: 900, user: member });
    mockApi({
      'GET /api/me/invitations': () => json(200, { items: [first] }),
      [`POST /api/invitations/${first.id}/accept`]: () => problem(404, 'invitation_not_found'),
    });
    renderWithApp(<InvitationsPage />, { user: member });
    await user.click(
      await screen.findByRole('button', { name: 'Accept the invitation from Clean Air Network' }),
    );
    expect(await screen.findByText(/This invitation no longer exists/)).toBeInTheDocument();
  });
});
