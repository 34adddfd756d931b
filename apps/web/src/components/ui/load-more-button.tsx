import type { ReactNode } from 'react';
import { buttonClass } from './button';
import { Spinner } from './spinner';

interface LoadMoreButtonProps {
  label: ReactNode;
  loading: boolean;
  onLoadMore: () => void;
}

/**
 * "Load more" under a list paged by the server's cursor. While the next page loads it is
 * marked busy and ignores presses, but stays focusable (aria-disabled rather than
 * disabled), so someone on a keyboard keeps their place and can press it again.
 */
export function LoadMoreButton({ label, loading, onLoadMore }: LoadMoreButtonProps) {
  return (
    <div>
      <button
        type="button"
        className={buttonClass({ variant: 'secondary' })}
        aria-disabled={loading || undefined}
        aria-busy={loading || undefined}
        onClick={() => {
          if (!loading) onLoadMore();
        }}
      >
        {loading && <Spinner />}
        {label}
      </button>
    </div>
  );
}
