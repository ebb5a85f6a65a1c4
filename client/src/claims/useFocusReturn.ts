import { useLayoutEffect, useRef, type FocusEvent, type KeyboardEvent, type RefObject } from 'react';

/**
 * Focus return for a panel that closes by removing itself (a conflict
 * notice resolved by its buttons): when it goes away holding the focus,
 * the focus goes back to where the person came from (the control they
 * were in when it appeared, or the one they tabbed in from), or, if that
 * is gone too, to `fallback`, chosen while the panel is still in the page.
 * Without this the focus falls to the document body and a keyboard user
 * starts again from the top of the page. Escape inside the panel takes the
 * focus back the same way and leaves the panel (and its decision) open.
 */
export function useFocusReturn(panel: RefObject<HTMLElement | null>, fallback: (panel: HTMLElement) => HTMLElement | null) {
  const cameFrom = useRef<Element | null>(null);
  const latestFallback = useRef(fallback);
  latestFallback.current = fallback;

  useLayoutEffect(() => {
    cameFrom.current = document.activeElement;
    const node = panel.current;
    // A layout effect's cleanup runs before React removes the panel's elements: the focus is still inside.
    return () => {
      if (!node || !node.contains(document.activeElement)) return;
      const back = cameFrom.current;
      const next = latestFallback.current(node);
      // After the commit, when whatever else this change removes is gone as well.
      queueMicrotask(() => {
        const target = usable(back) ? back : usable(next) ? next : null;
        target?.focus();
      });
    };
  }, [panel]);

  const target = (node: HTMLElement) => {
    const back = cameFrom.current;
    if (usable(back) && !node.contains(back)) return back;
    const next = latestFallback.current(node);
    return usable(next) ? next : null;
  };
  return {
    /** Remembers the control focus came from when it enters the panel from outside. */
    onFocus(e: FocusEvent<HTMLElement>) {
      const from = e.relatedTarget;
      if (from instanceof HTMLElement && !e.currentTarget.contains(from)) cameFrom.current = from;
    },
    onKeyDown(e: KeyboardEvent<HTMLElement>) {
      if (e.key !== 'Escape' || e.defaultPrevented) return;
      const to = target(e.currentTarget);
      if (!to) return;
      // Handled here: a claim sheet around the editor (phones) does not close as well.
      e.preventDefault();
      to.focus();
    },
  };
}

function usable(el: Element | null): el is HTMLElement {
  return el instanceof HTMLElement && el.isConnected && el !== document.body && !el.matches(':disabled');
}
