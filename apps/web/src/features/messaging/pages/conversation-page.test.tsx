import type { Conversation, Message } from '@open-spaces/contracts';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { startSession } from '../../../lib/api-client';
import { json, member, mockApi, problem, renderWithApp } from '../../../test/render';
import { ConversationPage } from './conversation-page';

const id = '7c2d0f6a-1b2c-4d5e-8f9a-0b1c2d3e4f50';
const conversation: Conversation = {
  id,
  person: { handle: 'jana', displayName: 'Jana Journalist', avatar: null },
  lastMessage: 'Tuesday at ten?',
  lastActivityAt: '2026-12-04T10:05:00.000Z',
  unreadCount: 1,
};
const message = (n: number, body: string, mine: boolean): Message => ({
  id: String(n),
  conversationId: id,
  mine,
  body,
  createdAt: `2026-12-04T10:0${n}:00.000Z`,
});

function renderPage(routes: Parameters<typeof mockApi>[0]) {
  startSession({ accessToken: 'token-1', expiresIn: 900, user: member });
  const calls = mockApi(routes);
  renderWithApp(<ConversationPage />, { path: `/messages/${id}`, route: '/messages/:id', user: member });
  return { calls, user: userEvent.setup() };
}

describe('ConversationPage', () => {
  it('shows the thread oldest first, reads it, and sends with Enter but not Shift+Enter', async () => {
    const { calls, user } = renderPage({
      [`GET /api/conversations/${id}`]: () => json(200, conversation),
      [`GET /api/conversations/${id}/messages`]: () =>
        json(200, {
          items: [message(2, 'Tuesday at ten?', false), message(1, 'Hello!', true)],
          nextCursor: null,
        }),
      [`POST /api/conversations/${id}/read`]: () => json(200, { ...conversation, unreadCount: 0 }),
      [`POST /api/conversations/${id}/messages`]: () => json(201, message(3, 'Works for me.', true)),
    });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Conversation with Jana Journalist' }),
    ).toBeVisible();
    const log = screen.getByRole('log', { name: 'Messages' });
    await within(log).findByText('Tuesday at ten?');
    expect(
      within(log)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([expect.stringContaining('Hello!'), expect.stringContaining('Tuesday at ten?')]);
    await screen.findByRole('heading', { level: 1 });
    const read = calls.find((call) => call.key === `POST /api/conversations/${id}/read`);
    expect(JSON.parse(String(read?.init.body))).toEqual({ upTo: '2' });

    const box = screen.getByRole('textbox', { name: /Your message/ });
    await user.type(box, 'Works{Shift>}{Enter}{/Shift}for me.');
    expect(calls.some((call) => call.key === `POST /api/conversations/${id}/messages`)).toBe(false);
    await user.clear(box);
    await user.type(box, 'Works for me.{Enter}');
    const sent = calls.find((call) => call.key === `POST /api/conversations/${id}/messages`);
    expect(JSON.parse(String(sent?.init.body))).toEqual({ body: 'Works for me.' });
    expect(box).toHaveValue('');
  });

  it('says so when the conversation does not exist or ended', async () => {
    renderPage({ [`GET /api/conversations/${id}`]: () => problem(404, 'not_found') });
    expect(await screen.findByText('This conversation does not exist or has ended.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'All messages' })).toHaveAttribute('href', '/messages');
  });

  it('invites the first message in an empty conversation', async () => {
    renderPage({
      [`GET /api/conversations/${id}`]: () =>
        json(200, { ...conversation, lastMessage: null, unreadCount: 0 }),
      [`GET /api/conversations/${id}/messages`]: () => json(200, { items: [], nextCursor: null }),
    });
    expect(
      await screen.findByText('No messages yet. Write the first one to Jana Journalist.'),
    ).toBeInTheDocument();
  });
});
