import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { myProfile, taxonomy } from '../../../test/fixtures';
import { json, mockApi, problem, renderWithApp } from '../../../test/render';
import { FollowersPage } from './followers-page';

const grace = { ...myProfile, handle: 'grace', displayName: 'Grace Hopper', isMe: false };

const follower = (handle: string, displayName: string) => ({
  handle,
  displayName,
  headline: `${displayName} works on open data`,
  country: null,
  city: null,
  avatar: null,
  topics: [],
  offers: [],
  needs: [],
  openToPress: false,
});

describe('FollowersPage', () => {
  it('shows the first page of followers and loads the next one by its cursor', async () => {
    const user = userEvent.setup();
    const calls = mockApi({
      'GET /api/taxonomy': () => json(200, taxonomy),
      'GET /api/profiles/grace': () => json(200, grace),
      'GET /api/profiles/grace/followers': (url) =>
        new URL(url, 'http://localhost').searchParams.get('after') === 'cursor-2'
          ? json(200, { items: [follower('linus', 'Linus Torvalds')], nextCursor: null })
          : json(200, {
              items: [follower('ada', 'Ada Lovelace'), follower('alan', 'Alan Turing')],
              nextCursor: 'cursor-2',
            }),
    });
    renderWithApp(<FollowersPage />, {
      path: '/people/grace/followers',
      route: '/people/:handle/followers',
      user: null,
    });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Followers of Grace Hopper' }),
    ).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: 'Ada Lovelace' })).toHaveAttribute('href', '/people/ada');
    expect(screen.getByRole('link', { name: 'Alan Turing' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Load more' }));

    expect(await screen.findByRole('link', { name: 'Linus Torvalds' })).toBeInTheDocument();
    expect(screen.getAllByRole('listitem')).toHaveLength(3);
    expect(screen.queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument();
    const pages = calls.filter((call) => call.key === 'GET /api/profiles/grace/followers');
    expect(pages.map((call) => new URL(call.url, 'http://localhost').searchParams.get('after'))).toEqual([
      null,
      'cursor-2',
    ]);
  });

  it('says so when nobody follows the person yet', async () => {
    mockApi({
      'GET /api/taxonomy': () => json(200, taxonomy),
      'GET /api/profiles/grace': () => json(200, grace),
      'GET /api/profiles/grace/followers': () => json(200, { items: [], nextCursor: null }),
    });
    renderWithApp(<FollowersPage />, {
      path: '/people/grace/followers',
      route: '/people/:handle/followers',
      user: null,
    });
    expect(await screen.findByText('No followers to show yet.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument();
  });

  it('shows an error when the list cannot be loaded', async () => {
    mockApi({
      'GET /api/taxonomy': () => json(200, taxonomy),
      'GET /api/profiles/grace': () => json(200, grace),
      'GET /api/profiles/grace/followers': () => problem(500, 'internal'),
    });
    renderWithApp(<FollowersPage />, {
      path: '/people/grace/followers',
      route: '/people/:handle/followers',
      user: null,
    });
    expect(await screen.findByRole('alert')).toBeInTheDocument();
  });

  it('answers "not found" for a profile the visitor may not see', async () => {
    mockApi({
      'GET /api/taxonomy': () => json(200, taxonomy),
      'GET /api/profiles/grace': () => problem(404, 'profile_not_found'),
    });
    renderWithApp(<FollowersPage />, {
      path: '/people/grace/followers',
      route: '/people/:handle/followers',
      user: null,
    });
    expect(await screen.findByRole('heading', { name: 'Profile not found' })).toBeInTheDocument();
  });
});
