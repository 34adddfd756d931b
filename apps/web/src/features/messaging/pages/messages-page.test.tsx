import type { Conversation } from '@open-spaces/contracts';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { startSession } from '../../../lib/api-client';
import { json, member, mockApi, problem, renderWithApp } from '../../../test/render';
import { MessagesPage } from './messages-page';

const conversation: Conversation = {
  id: '7c2d0f6a-1b2c-4d5e-8f9a-0b1c2d3e4f50',
  person: { handle: 'jana', displayName: 'Jana Journalist', avatar: null },
  lastMessage: 'Tuesday at ten?',
  lastActivityAt: '2026-12-04T10:05:00.000Z',
  unreadCount: 2,
};

function renderPage(routes: Parameters<typeof mockApi>[0]) {
  startSession({ accessToken: 'token-1', expiresIn: 900, user: member });
  mockApi(routes);
  renderWithApp(<MessagesPage />, { path: '/messages', user: member });
}

describe('MessagesPage', () => {
  it('lists conversations with their newest message and how many are unread', async () => {
    renderPage({ 'GET /api/conversations': () => json(200, { items: [conversation], nextCursor: null }) });
    expect(await screen.findByRole('link', { name: 'Jana Journalist' })).toHaveAttribute(
      'href',
      `/messages/${conversation.id}`,
    );
    expect(screen.getByText('Tuesday at ten?')).toBeInTheDocument();
    expect(screen.getByText('2 unread')).toBeInTheDocument();
  });

  it('explains how a conversation starts when there is none', async () => {
    renderPage({ 'GET /api/conversations': () => json(200, { items: [], nextCursor: null }) });
    expect(await screen.findByText('No conversations yet.')).toBeInTheDocument();
  });

  it('says when the list could not be loaded', async () => {
    renderPage({ 'GET /api/conversations': () => problem(503, 'service_unavailable') });
    expect(await screen.findByRole('alert')).toBeInTheDocument();
  });
});
