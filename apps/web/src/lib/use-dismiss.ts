import { type RefObject, useEffect, useRef } from 'react';

/**
 * Closes an open disclosure (a menu) the way people expect: Escape closes it and puts
 * focus back on the button that opened it, and a press anywhere outside `inside` closes it.
 */
export function useDismiss(
  open: boolean,
  close: () => void,
  button: RefObject<HTMLElement | null>,
  inside: RefObject<HTMLElement | null>[],
): void {
  const latest = useRef({ close, button, inside });
  latest.current = { close, button, inside };

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!latest.current.inside.some((ref) => ref.current?.contains(target))) latest.current.close();
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      latest.current.close();
      latest.current.button.current?.focus();
    };
    document.addEventListener('pointerdown', onPointerDown);
    document.addEventListener('keydown', onKeyDown);
    return () => {
      document.removeEventListener('pointerdown', onPointerDown);
      document.removeEventListener('keydown', onKeyDown);
    };
  }, [open]);
}
