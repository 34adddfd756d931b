import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { startSession } from '../../../lib/api-client';
import { taxonomy } from '../../../test/fixtures';
import { json, member, mockApi, problem, renderWithApp } from '../../../test/render';
import { PostPage } from './post-page';

const post = (overrides: Record<string, unknown> = {}) => ({
  id: '6a1f5a35-35c1-4c34-9f55-6a3f3b7c1a01',
  slug: 'open-guide',
  kind: 'guide',
  title: 'An open guide',
  summary: 'How we did it.',
  body: 'Text',
  bodyHtml: '<p>Text</p>',
  cover: { small: '/media/c-small.webp', large: '/media/c-large.webp' },
  coverAlt: 'People around a table',
  topics: ['media-freedom'],
  countries: ['PT'],
  language: 'en',
  status: 'published',
  audience: 'public',
  author: { person: null, organisation: { slug: 'civic-lab', name: 'Civic Lab', kind: 'cso', logo: null } },
  publishedAt: '2026-03-01T10:00:00.000Z',
  editedAt: '2026-03-02T10:00:00.000Z',
  createdAt: '2026-03-01T09:00:00.000Z',
  usefulCount: 2,
  reactedByMe: false,
  commentCount: 1,
  canEdit: false,
  moderation: null,
  ...overrides,
});

const comment = (id: string, body: string, replies: unknown[] = []) => ({
  id,
  parentId: null,
  body,
  bodyHtml: `<p>${body}</p>`,
  author: { person: { handle: 'al', displayName: 'Al Ames', avatar: null }, organisation: null },
  createdAt: '2026-03-01T11:00:00.000Z',
  editedAt: null,
  canEdit: false,
  canRemove: false,
  moderation: null,
  replies,
});

const C1 = '0b7c1f44-8d1e-4a5e-9a49-111111111111';
const C2 = '0b7c1f44-8d1e-4a5e-9a49-222222222222';
const C3 = '0b7c1f44-8d1e-4a5e-9a49-333333333333';

const render = (user: typeof member | null) => {
  if (user) startSession({ accessToken: 'token-1', expiresIn: 900, user });
  return renderWithApp(<PostPage />, { path: '/news/open-guide', route: '/news/:slug', user });
};

describe('PostPage', () => {
  it('shows the cover with its description, the organisation, the edited marker, comments and the feeds', async () => {
    mockApi({
      'GET /api/taxonomy': () => json(200, taxonomy),
      'GET /api/posts/open-guide': () => json(200, post()),
      'GET /api/posts/open-guide/comments': () =>
        json(200, {
          items: [comment(C1, 'First!', [{ ...comment(C2, 'A reply'), parentId: C1 }])],
          nextCursor: null,
        }),
    });
    render(null);

    expect(await screen.findByRole('heading', { level: 1, name: 'An open guide' })).toBeInTheDocument();
    expect(screen.getByRole('img', { name: 'People around a table' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Civic Lab' })).toHaveAttribute(
      'href',
      '/organisations/civic-lab',
    );
    expect(screen.getByText('edited')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /RSS feed/ })).toHaveAttribute(
      'href',
      '/api/posts/feed.rss?organisation=civic-lab',
    );
    expect(document.querySelector('link[rel="alternate"][type="application/rss+xml"]')).not.toBeNull();
    expect(await screen.findByText('First!')).toBeInTheDocument();
    expect(screen.getByText('A reply')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Sign in to comment' })).toBeInTheDocument();
  });

  it('marks the post useful for a signed-in reader', async () => {
    const user = userEvent.setup();
    let reacted = false;
    mockApi({
      'GET /api/taxonomy': () => json(200, taxonomy),
      'GET /api/posts/open-guide': () =>
        json(200, post({ reactedByMe: reacted, usefulCount: reacted ? 3 : 2 })),
      'GET /api/posts/open-guide/comments': () => json(200, { items: [], nextCursor: null }),
      'PUT /api/posts/open-guide/useful': () => {
        reacted = true;
        return json(200, { usefulCount: 3, reactedByMe: true });
      },
    });
    render(member);

    const button = await screen.findByRole('button', { name: 'Useful' });
    expect(button).toHaveAttribute('aria-pressed', 'false');
    await user.click(button);
    expect(await screen.findByText('3 people found this useful')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Useful' })).toHaveAttribute('aria-pressed', 'true');
  });

  it('posts a reply under the comment it answers', async () => {
    const user = userEvent.setup();
    let sent: unknown = null;
    mockApi({
      'GET /api/taxonomy': () => json(200, taxonomy),
      'GET /api/posts/open-guide': () => json(200, post()),
      'GET /api/posts/open-guide/comments': () =>
        json(200, { items: [comment(C1, 'First!')], nextCursor: null }),
      'POST /api/posts/open-guide/comments': (_url, init) => {
        sent = JSON.parse(String(init?.body));
        return json(201, { ...comment(C3, 'Thanks'), parentId: C1 });
      },
    });
    render(member);

    const thread = await screen.findByRole('article', { name: 'Al Ames' });
    await user.click(within(thread).getByRole('button', { name: 'Reply' }));
    await user.type(screen.getByRole('textbox', { name: 'Your reply to Al Ames' }), 'Thanks');
    await user.click(screen.getByRole('button', { name: 'Send reply' }));
    expect(sent).toEqual({ body: 'Thanks', parentId: C1 });
  });

  it('says so when the post does not exist or may not be seen', async () => {
    mockApi({ 'GET /api/posts/open-guide': () => problem(404, 'not_found') });
    render(null);
    expect(await screen.findByRole('heading', { name: 'Post not found' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to news' })).toHaveAttribute('href', '/news');
  });
});
