import { useCallback, useEffect, useRef } from 'react';

const FOCUSABLE =
  'a[href], button:not([disabled]), select:not([disabled]), input:not([disabled]), [tabindex]';

/**
 * "Load more" for a list paged by the server's cursor, keeping a keyboard user's place.
 * Once the next page has come, focus moves to the first item it added (its first link or
 * button), so reading goes on where the new items start; without this, focus would fall
 * to the page's start when the last page removes the button. Focus is only moved when it
 * is still where the press left it (on the button, or nowhere because the button went).
 * `fetching` says whether the next page is on its way, so that a press whose page failed
 * or added nothing is forgotten.
 */
export function useLoadMore(itemCount: number, fetchNextPage: () => unknown, fetching: boolean) {
  const listRef = useRef<HTMLUListElement>(null);
  const pending = useRef<{ firstNew: number; trigger: Element | null } | null>(null);

  useEffect(() => {
    const load = pending.current;
    if (!load) return;
    if (itemCount <= load.firstNew) {
      // The page failed or added nothing: a later change to the list is not this press's.
      if (!fetching) pending.current = null;
      return;
    }
    pending.current = null;
    const active = document.activeElement;
    if (active !== load.trigger && active !== document.body && active !== null) return;
    const item = listRef.current?.children.item(load.firstNew);
    if (!(item instanceof HTMLElement)) return;
    const target = item.querySelector<HTMLElement>(FOCUSABLE);
    if (target) {
      target.focus();
    } else {
      item.tabIndex = -1;
      item.focus();
    }
  }, [itemCount, fetching]);

  const loadMore = useCallback(() => {
    pending.current = { firstNew: itemCount, trigger: document.activeElement };
    void fetchNextPage();
  }, [itemCount, fetchNextPage]);

  return { listRef, loadMore };
}
