import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { useLoadMore } from './use-load-more';

function List({ count, fetching, onFetch }: { count: number; fetching: boolean; onFetch: () => void }) {
  const { listRef, loadMore } = useLoadMore(count, onFetch, fetching);
  return (
    <>
      <ul ref={listRef}>
        {Array.from({ length: count }, (_, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the items are only their position
          <li key={i}>
            <button type="button">Item {i + 1}</button>
          </li>
        ))}
      </ul>
      <button type="button" onClick={loadMore}>
        Load more
      </button>
    </>
  );
}

describe('useLoadMore', () => {
  it('moves focus to the first item the next page added', async () => {
    const user = userEvent.setup();
    const onFetch = vi.fn();
    const { rerender } = render(<List count={2} fetching={false} onFetch={onFetch} />);
    await user.click(screen.getByRole('button', { name: 'Load more' }));
    expect(onFetch).toHaveBeenCalledOnce();

    rerender(<List count={2} fetching onFetch={onFetch} />);
    expect(screen.getByRole('button', { name: 'Load more' })).toHaveFocus();
    rerender(<List count={4} fetching={false} onFetch={onFetch} />);
    expect(screen.getByRole('button', { name: 'Item 3' })).toHaveFocus();
  });

  it('forgets a press whose page added nothing, so a later change to the list leaves focus alone', async () => {
    const user = userEvent.setup();
    const onFetch = vi.fn();
    const { rerender } = render(<List count={2} fetching={false} onFetch={onFetch} />);
    await user.click(screen.getByRole('button', { name: 'Load more' }));
    rerender(<List count={2} fetching onFetch={onFetch} />);
    rerender(<List count={2} fetching={false} onFetch={onFetch} />);

    // A refetch in the background brings a new item later.
    rerender(<List count={3} fetching={false} onFetch={onFetch} />);
    expect(screen.getByRole('button', { name: 'Load more' })).toHaveFocus();
  });
});
