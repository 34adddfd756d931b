import type { ContactRequest } from '@open-spaces/contracts';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { startSession } from '../../../lib/api-client';
import { json, member, mockApi, renderWithApp } from '../../../test/render';
import { ContactRequestsPage } from './contact-requests-page';

const request: ContactRequest = {
  id: '2f1c9a4e-7b55-4d1c-9a3e-0d6a3f0a1b2c',
  person: { handle: 'jana', displayName: 'Jana Journalist', avatar: null },
  sent: false,
  subject: 'Heat plans in Berlin',
  outlet: 'Der Tagesspiegel',
  deadline: '2027-01-15',
  message: 'Could we talk this week?',
  status: 'pending',
  createdAt: '2026-12-04T10:00:00.000Z',
  answeredAt: null,
  conversationId: null,
};

describe('ContactRequestsPage', () => {
  it('accepts a received request and then links to the conversation it opened', async () => {
    const user = userEvent.setup();
    startSession({ accessToken: 'token-1', expiresIn: 900, user: member });
    let current = request;
    const accepted = {
      ...request,
      status: 'accepted',
      conversationId: '7c2d0f6a-1b2c-4d5e-8f9a-0b1c2d3e4f50',
    };
    const calls = mockApi({
      'GET /api/contact-requests': () => json(200, { items: [current], nextCursor: null }),
      [`POST /api/contact-requests/${request.id}/accept`]: () => {
        current = accepted as ContactRequest;
        return json(200, accepted);
      },
    });
    renderWithApp(<ContactRequestsPage />, { path: '/contact-requests', user: member });

    expect(await screen.findByRole('heading', { name: 'Heat plans in Berlin' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Received' })).toHaveAttribute('aria-current', 'page');
    await user.click(screen.getByRole('button', { name: 'Accept the request from Jana Journalist' }));
    expect(
      await screen.findByRole('link', { name: 'Open the conversation with Jana Journalist' }),
    ).toHaveAttribute('href', `/messages/${accepted.conversationId}`);
    expect(calls.some((call) => call.url.includes('box=received'))).toBe(true);
  });

  it('shows an empty sent box with a way to the expert finder', async () => {
    startSession({ accessToken: 'token-1', expiresIn: 900, user: member });
    mockApi({ 'GET /api/contact-requests': () => json(200, { items: [], nextCursor: null }) });
    renderWithApp(<ContactRequestsPage />, { path: '/contact-requests?box=sent', user: member });
    expect(await screen.findByText('You have not asked anyone for contact yet.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Find experts' })).toHaveAttribute('href', '/experts');
  });
});
