import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { myProfile, taxonomy } from '../../../test/fixtures';
import { json, mockApi, problem, renderWithApp } from '../../../test/render';
import { FollowingPage } from './following-page';

const grace = { ...myProfile, handle: 'grace', displayName: 'Grace Hopper', isMe: false };

const person = (handle: string, displayName: string) => ({
  handle,
  displayName,
  headline: '',
  country: null,
  city: null,
  avatar: null,
  topics: [],
  offers: [],
  needs: [],
  openToPress: false,
});

const afterOf = (url: string) => new URL(url, 'http://localhost').searchParams.get('after');

const renderPage = () =>
  renderWithApp(<FollowingPage />, {
    path: '/people/grace/following',
    route: '/people/:handle/following',
    user: null,
  });

describe('FollowingPage', () => {
  it('pages through the people and the organisations a person follows, each by its own cursor', async () => {
    const user = userEvent.setup();
    const calls = mockApi({
      'GET /api/taxonomy': () => json(200, taxonomy),
      'GET /api/profiles/grace': () => json(200, grace),
      'GET /api/profiles/grace/following/people': (url) =>
        afterOf(url) === 'people-2'
          ? json(200, { items: [person('linus', 'Linus Torvalds')], nextCursor: null })
          : json(200, { items: [person('ada', 'Ada Lovelace')], nextCursor: 'people-2' }),
      'GET /api/profiles/grace/following/organisations': (url) =>
        afterOf(url) === 'organisations-2'
          ? json(200, { items: [{ slug: 'open-data-pl', name: 'Open Data Poland' }], nextCursor: null })
          : json(200, {
              items: [{ slug: 'clean-air', name: 'Clean Air Now' }],
              nextCursor: 'organisations-2',
            }),
      'GET /api/profiles/grace/following/topics': () => json(200, { items: ['human-rights', 'climate'] }),
    });
    renderPage();

    expect(await screen.findByRole('link', { name: 'Ada Lovelace' })).toHaveAttribute('href', '/people/ada');
    expect(await screen.findByRole('link', { name: 'Clean Air Now' })).toHaveAttribute(
      'href',
      '/organisations/clean-air',
    );
    const topics = await screen.findByRole('list', { name: 'Topics' });
    expect(
      within(topics)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Human rights', 'Climate and environment']);

    await user.click(screen.getByRole('button', { name: 'Load more people' }));
    expect(await screen.findByRole('link', { name: 'Linus Torvalds' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Load more people' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Load more organisations' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Load more organisations' }));
    expect(await screen.findByRole('link', { name: 'Open Data Poland' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Clean Air Now' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Load more organisations' })).not.toBeInTheDocument();

    const cursors = (path: string) =>
      calls.filter((call) => call.key === `GET ${path}`).map((call) => afterOf(call.url));
    expect(cursors('/api/profiles/grace/following/people')).toEqual([null, 'people-2']);
    expect(cursors('/api/profiles/grace/following/organisations')).toEqual([null, 'organisations-2']);
  });

  it('keeps "Load more" focused and busy while the next page loads from the keyboard', async () => {
    const user = userEvent.setup();
    let release: () => void = () => undefined;
    const secondPage = new Promise<void>((resolve) => {
      release = resolve;
    });
    mockApi({
      'GET /api/taxonomy': () => json(200, taxonomy),
      'GET /api/profiles/grace': () => json(200, grace),
      'GET /api/profiles/grace/following/people': async (url) => {
        if (afterOf(url) === null)
          return json(200, { items: [person('ada', 'Ada Lovelace')], nextCursor: 'next' });
        await secondPage;
        return json(200, { items: [person('linus', 'Linus Torvalds')], nextCursor: null });
      },
      'GET /api/profiles/grace/following/organisations': () => json(200, { items: [], nextCursor: null }),
      'GET /api/profiles/grace/following/topics': () => json(200, { items: [] }),
    });
    renderPage();

    const more = await screen.findByRole('button', { name: 'Load more people' });
    more.focus();
    await user.keyboard('{Enter}');
    await expect.poll(() => more.getAttribute('aria-busy')).toBe('true');
    expect(more).toHaveFocus();
    expect(more).toHaveAttribute('aria-disabled', 'true');

    release();
    expect(await screen.findByRole('link', { name: 'Linus Torvalds' })).toBeInTheDocument();
    expect(screen.getAllByRole('link', { name: /Ada Lovelace|Linus Torvalds/ })).toHaveLength(2);
  });

  it('says so when a person follows no one, no organisation and no topic', async () => {
    mockApi({
      'GET /api/taxonomy': () => json(200, taxonomy),
      'GET /api/profiles/grace': () => json(200, grace),
      'GET /api/profiles/grace/following/people': () => json(200, { items: [], nextCursor: null }),
      'GET /api/profiles/grace/following/organisations': () => json(200, { items: [], nextCursor: null }),
      'GET /api/profiles/grace/following/topics': () => json(200, { items: [] }),
    });
    renderPage();
    expect(await screen.findByText('Not following anyone yet.')).toBeInTheDocument();
    expect(await screen.findByText('Not following any organisations yet.')).toBeInTheDocument();
    expect(await screen.findByText('Not following any topics yet.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Load more/ })).not.toBeInTheDocument();
  });

  it('shows an error where the next page could not be loaded, and keeps what was shown', async () => {
    const user = userEvent.setup();
    mockApi({
      'GET /api/taxonomy': () => json(200, taxonomy),
      'GET /api/profiles/grace': () => json(200, grace),
      'GET /api/profiles/grace/following/people': () => json(200, { items: [], nextCursor: null }),
      'GET /api/profiles/grace/following/organisations': (url) =>
        afterOf(url)
          ? problem(500, 'internal_error')
          : json(200, { items: [{ slug: 'clean-air', name: 'Clean Air Now' }], nextCursor: 'next' }),
      'GET /api/profiles/grace/following/topics': () => json(200, { items: [] }),
    });
    renderPage();
    await user.click(await screen.findByRole('button', { name: 'Load more organisations' }));
    expect(await screen.findByRole('alert')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Clean Air Now' })).toBeInTheDocument();
  });
});
