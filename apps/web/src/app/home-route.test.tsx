import type { FeedItem } from '@open-spaces/contracts';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { startSession } from '../lib/api-client';
import { taxonomy } from '../test/fixtures';
import { json, member, mockApi, problem, renderWithApp } from '../test/render';
import { HomeRoute } from './home-route';

const post = (n: number): FeedItem => ({
  id: String(100 - n),
  verb: 'published',
  createdAt: '2026-03-01T10:00:00.000Z',
  actor: { handle: 'pia', displayName: 'Pia Person', avatar: null },
  organisation: null,
  object: {
    type: 'post',
    id: `6a1f5a35-35c1-4c34-9f55-6a3f3b7c1a${String(n).padStart(2, '0')}`,
    slug: `post-${n}`,
    kind: 'news',
    title: `Post ${n}`,
    summary: '',
    cover: null,
    coverAlt: null,
    topics: [],
    countries: [],
    language: 'en',
    status: 'published',
    author: { person: { handle: 'pia', displayName: 'Pia Person', avatar: null }, organisation: null },
    publishedAt: '2026-03-01T10:00:00.000Z',
    editedAt: null,
    usefulCount: 0,
    commentCount: 0,
  },
  reasons: [
    { kind: 'person', label: 'Pia Person', handle: 'pia' },
    { kind: 'topic', label: 'Digital rights', topic: 'digital-rights' },
  ],
});

const event: FeedItem = {
  id: '7',
  verb: 'cancelled',
  createdAt: '2026-03-02T10:00:00.000Z',
  actor: null,
  organisation: { slug: 'can', name: 'Climate Action Network', kind: 'network', logo: null },
  object: {
    type: 'event',
    id: '7b1f5a35-35c1-4c34-9f55-6a3f3b7c1a01',
    title: 'Climate assembly',
    author: {
      person: null,
      organisation: { slug: 'can', name: 'Climate Action Network', kind: 'network', logo: null },
    },
    start: { local: '2027-05-01T18:00', timeZone: 'Europe/Brussels', at: '2027-05-01T16:00:00.000Z' },
    end: { local: '2027-05-01T20:00', timeZone: 'Europe/Brussels', at: '2027-05-01T18:00:00.000Z' },
    format: 'online',
    city: null,
    country: null,
    topics: [],
    language: 'en',
    status: 'cancelled',
    capacity: null,
    goingCount: 3,
  },
  reasons: [{ kind: 'member_of', label: 'Climate Action Network', slug: 'can' }],
};

describe('HomeRoute', () => {
  beforeEach(() => {
    startSession({ accessToken: 'token-1', expiresIn: 900, user: member });
  });

  it('shows a signed-in person their feed, each item with why it is there', async () => {
    mockApi({
      'GET /api/taxonomy': () => json(200, taxonomy),
      'GET /api/feed': () => json(200, { items: [event, post(1)], nextCursor: null, catchUpCursor: 'x' }),
    });
    renderWithApp(<HomeRoute />, { user: member });
    expect(await screen.findByRole('heading', { level: 1, name: 'Your feed' })).toBeInTheDocument();
    const [cancelled, published] = (await screen.findAllByRole('article')).filter(
      (item) => item.className === 'feed-item',
    );
    expect(cancelled).toHaveTextContent('Your organisation Climate Action Network');
    expect(cancelled).toHaveTextContent('Climate Action Network cancelled an event');
    expect(within(cancelled as HTMLElement).getByRole('link', { name: 'Climate assembly' })).toHaveAttribute(
      'href',
      `/events/${event.object.id}`,
    );
    expect(published).toHaveTextContent('You follow Pia Person · Topic: Digital rights');
    expect(published).toHaveTextContent('Pia Person published a post');
  });

  it('loads older items after the last cursor and moves focus to the first new one', async () => {
    const user = userEvent.setup();
    const calls = mockApi({
      'GET /api/taxonomy': () => json(200, taxonomy),
      'GET /api/feed': (url) =>
        url.includes('before=next')
          ? json(200, { items: [post(2)], nextCursor: null, catchUpCursor: null })
          : json(200, { items: [post(1)], nextCursor: 'next', catchUpCursor: 'x' }),
    });
    renderWithApp(<HomeRoute />, { user: member });
    await user.click(await screen.findByRole('button', { name: 'Load older items' }));
    expect(await screen.findByRole('link', { name: 'Post 2' })).toHaveFocus();
    expect(screen.queryByRole('button', { name: 'Load older items' })).not.toBeInTheDocument();
    expect(calls.filter((call) => call.key === 'GET /api/feed').map((call) => call.url)).toEqual([
      '/api/feed?limit=20',
      '/api/feed?limit=20&before=next',
    ]);
  });

  it('suggests whom to follow when the feed is empty', async () => {
    mockApi({ 'GET /api/feed': () => json(200, { items: [], nextCursor: null, catchUpCursor: 'x' }) });
    renderWithApp(<HomeRoute />, { user: member });
    expect(await screen.findByText('Nothing in your feed yet.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Find people to follow' })).toHaveAttribute('href', '/people');
    expect(screen.getByRole('link', { name: 'Find organisations to follow' })).toHaveAttribute(
      'href',
      '/organisations',
    );
  });

  it('offers a retry when the feed cannot be loaded', async () => {
    mockApi({ 'GET /api/feed': () => problem(503, 'service_unavailable') });
    renderWithApp(<HomeRoute />, { user: member });
    expect(await screen.findByText('Your feed could not be loaded.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });

  it('keeps the welcome page for visitors', async () => {
    mockApi({});
    renderWithApp(<HomeRoute />, { user: null });
    expect(await screen.findByRole('link', { name: 'Create an account' })).toBeInTheDocument();
  });
});
