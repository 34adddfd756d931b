import { useInfiniteQuery } from '@tanstack/react-query';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWithApp } from '../../test/render';
import { DirectoryResults } from './directory-results';

type Page = { items: string[]; nextCursor: string | null };

function Directory({
  load,
  filtered = false,
  onClearFilters = vi.fn(),
  linked = false,
}: {
  load: (cursor: string | null) => Promise<Page>;
  filtered?: boolean;
  onClearFilters?: () => void;
  /** Items with a link each, as the real directories render them. */
  linked?: boolean;
}) {
  const query = useInfiniteQuery({
    queryKey: ['names'],
    initialPageParam: null as string | null,
    queryFn: ({ pageParam }) => load(pageParam),
    getNextPageParam: (page) => page.nextCursor,
  });
  return (
    <DirectoryResults
      id="names"
      query={query}
      itemKey={(name) => name}
      renderItem={(name) => (linked ? <a href={`#${name}`}>{name}</a> : <span>{name}</span>)}
      emptyIcon="people"
      emptyTitle="No names yet."
      filtered={filtered}
      onClearFilters={onClearFilters}
    />
  );
}

describe('DirectoryResults', () => {
  it('lists the first page under a results heading and loads the next with Load more', async () => {
    const user = userEvent.setup();
    const load = async (cursor: string | null): Promise<Page> =>
      cursor === null
        ? { items: ['Ada', 'Grace'], nextCursor: 'next' }
        : { items: ['Hedy'], nextCursor: null };
    renderWithApp(<Directory load={load} />, { user: null });

    expect(await screen.findByText('Grace')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Results' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Load more' }));
    expect(await screen.findByText('Hedy')).toBeInTheDocument();
    expect(screen.getAllByRole('listitem')).toHaveLength(3);
    expect(screen.queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument();
  });

  it('moves focus to the first new item once the next page has come, keeping a keyboard user in place', async () => {
    const user = userEvent.setup();
    const load = async (cursor: string | null): Promise<Page> =>
      cursor === null
        ? { items: ['Ada', 'Grace'], nextCursor: 'next' }
        : { items: ['Hedy'], nextCursor: null };
    renderWithApp(<Directory load={load} linked />, { user: null });

    const more = await screen.findByRole('button', { name: 'Load more' });
    more.focus();
    await user.keyboard('{Enter}');

    expect(await screen.findByRole('link', { name: 'Hedy' })).toHaveFocus();
    expect(screen.queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument();
  });

  it('leaves focus alone when it moved elsewhere while the page loaded', async () => {
    const user = userEvent.setup();
    let release: () => void = () => undefined;
    const load = (cursor: string | null): Promise<Page> =>
      cursor === null
        ? Promise.resolve({ items: ['Ada'], nextCursor: 'next' })
        : new Promise((resolve) => {
            release = () => resolve({ items: ['Hedy'], nextCursor: null });
          });
    renderWithApp(<Directory load={load} linked />, { user: null });

    await user.click(await screen.findByRole('button', { name: 'Load more' }));
    screen.getByRole('link', { name: 'Ada' }).focus();
    release();

    expect(await screen.findByRole('link', { name: 'Hedy' })).not.toHaveFocus();
    expect(screen.getByRole('link', { name: 'Ada' })).toHaveFocus();
  });

  it('offers to clear the filters when a filtered list is empty', async () => {
    const user = userEvent.setup();
    const onClearFilters = vi.fn();
    const load = async (): Promise<Page> => ({ items: [], nextCursor: null });
    renderWithApp(<Directory load={load} filtered onClearFilters={onClearFilters} />, { user: null });

    expect(await screen.findByText('No names yet.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Clear all filters' }));
    expect(onClearFilters).toHaveBeenCalledOnce();
  });

  it('shows no clear button when an unfiltered list is empty', async () => {
    const load = async (): Promise<Page> => ({ items: [], nextCursor: null });
    renderWithApp(<Directory load={load} />, { user: null });

    expect(await screen.findByText('No names yet.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Clear all filters' })).not.toBeInTheDocument();
  });

  it('explains a failed first page and loads it again on Try again', async () => {
    const user = userEvent.setup();
    const load = vi
      .fn<(cursor: string | null) => Promise<Page>>()
      .mockRejectedValueOnce(new Error('offline'))
      .mockResolvedValue({ items: ['Ada'], nextCursor: null });
    renderWithApp(<Directory load={load} />, { user: null });

    expect(await screen.findByText('We could not load this list.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('Ada')).toBeInTheDocument();
  });
});
