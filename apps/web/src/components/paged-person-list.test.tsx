import { useInfiniteQuery } from '@tanstack/react-query';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWithApp } from '../test/render';
import { PagedPersonList } from './paged-person-list';
import type { PersonRow } from './ui/person-list';

type Page = { items: PersonRow[]; nextCursor: string | null };

const person = (handle: string, displayName: string): PersonRow => ({
  handle,
  displayName,
  headline: '',
  avatar: null,
});

function Followers({ load }: { load: (cursor: string | null) => Promise<Page> }) {
  const followers = useInfiniteQuery({
    queryKey: ['followers'],
    initialPageParam: null as string | null,
    queryFn: ({ pageParam }) => load(pageParam),
    getNextPageParam: (page) => page.nextCursor,
  });
  return <PagedPersonList people={followers} emptyTitle="No followers yet." />;
}

describe('PagedPersonList', () => {
  it('links each follower to their profile and loads more on request', async () => {
    const user = userEvent.setup();
    const load = async (cursor: string | null): Promise<Page> =>
      cursor === null
        ? { items: [person('ada', 'Ada Lovelace')], nextCursor: 'next' }
        : { items: [person('grace', 'Grace Hopper')], nextCursor: null };
    renderWithApp(<Followers load={load} />, { user: null });

    expect(await screen.findByRole('link', { name: 'Ada Lovelace' })).toHaveAttribute('href', '/people/ada');
    await user.click(screen.getByRole('button', { name: 'Load more' }));
    expect(await screen.findByRole('link', { name: 'Grace Hopper' })).toHaveAttribute(
      'href',
      '/people/grace',
    );
    expect(screen.queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument();
  });

  it('says so when no one follows', async () => {
    renderWithApp(<Followers load={async () => ({ items: [], nextCursor: null })} />, { user: null });
    expect(await screen.findByText('No followers yet.')).toBeInTheDocument();
  });

  it('shows an error when the first page fails', async () => {
    renderWithApp(<Followers load={() => Promise.reject(new Error('offline'))} />, { user: null });
    expect(await screen.findByRole('alert')).toBeInTheDocument();
    expect(screen.queryByText('No followers yet.')).not.toBeInTheDocument();
  });
});
