import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { taxonomy } from '../../../test/fixtures';
import { json, mockApi, problem, renderWithApp } from '../../../test/render';
import { NewsPage } from './news-page';

const summary = (slug: string, title: string) => ({
  id: '6a1f5a35-35c1-4c34-9f55-6a3f3b7c1a01',
  slug,
  kind: 'news',
  title,
  summary: '',
  cover: null,
  coverAlt: null,
  topics: [],
  countries: ['DE'],
  language: 'en',
  status: 'published',
  author: { person: { handle: 'al', displayName: 'Al Ames', avatar: null }, organisation: null },
  publishedAt: '2026-03-01T10:00:00.000Z',
  editedAt: null,
  usefulCount: 0,
  commentCount: 0,
});

describe('NewsPage', () => {
  it('lists the latest posts and links the site feeds', async () => {
    mockApi({
      'GET /api/taxonomy': () => json(200, taxonomy),
      'GET /api/posts': () => json(200, { items: [summary('first-news', 'First news')], nextCursor: null }),
    });
    renderWithApp(<NewsPage />, { path: '/news', user: null });
    expect(await screen.findByRole('link', { name: 'First news' })).toHaveAttribute(
      'href',
      '/news/first-news',
    );
    expect(screen.getByRole('link', { name: /RSS feed/ })).toHaveAttribute('href', '/api/posts/feed.rss');
    expect(screen.queryByRole('link', { name: 'Write a post' })).not.toBeInTheDocument();
  });

  it('filters by kind through the address, and says when nothing matches', async () => {
    const user = userEvent.setup();
    const calls = mockApi({
      'GET /api/taxonomy': () => json(200, taxonomy),
      'GET /api/posts': () => json(200, { items: [], nextCursor: null }),
    });
    const { router } = renderWithApp(<NewsPage />, { path: '/news', user: null });
    await user.selectOptions(await screen.findByLabelText('Kind'), 'guide');
    expect(await screen.findByText('No posts match these filters.')).toBeInTheDocument();
    expect(router.state.location.search).toBe('?kind=guide');
    expect(calls.some((call) => call.url.includes('kind=guide'))).toBe(true);
  });

  it('offers a retry when the list cannot be loaded', async () => {
    mockApi({
      'GET /api/taxonomy': () => json(200, taxonomy),
      'GET /api/posts': () => problem(503, 'service_unavailable'),
    });
    renderWithApp(<NewsPage />, { path: '/news', user: null });
    expect(await screen.findByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });
});
