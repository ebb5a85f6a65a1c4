import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react';

/** Whether the focus has nowhere to be: on the page itself, as after the focused element was removed. */
export function focusIsLost(): boolean {
  const active = document.activeElement;
  return active === null || active === document.body || active === document.documentElement;
}

/**
 * When a view opened from a control closes, the keyboard user carries on
 * from that control instead of from the top of the page. The control is
 * the one focused when the view appeared; the focus goes back only if
 * closing the view left it nowhere (it was inside), never taken from
 * somewhere the person has moved it since.
 */
export function useReturnFocus(container: RefObject<HTMLElement | null>): void {
  const opener = useRef<Element | null>(null);
  // Before the view's own effects run: something inside it may take the focus on mount.
  useLayoutEffect(() => {
    opener.current = document.activeElement;
    const view = container.current;
    return () => {
      const back = opener.current;
      const wasInside = view !== null && view.contains(document.activeElement);
      // The view's nodes leave the page after this cleanup: wait for them before judging where the focus is.
      queueMicrotask(() => {
        if ((wasInside || focusIsLost()) && back instanceof HTMLElement && back.isConnected) back.focus();
      });
    };
  }, [container]);
}

/**
 * For a view that replaces its opener on the page (the revision editor
 * takes the reader's place, so the "Edit article" button is a new element
 * when it returns): the opener is given by ref, and focused once the view
 * has closed, if the focus was left nowhere.
 */
export function useFocusOpenerOnClose(open: boolean, opener: RefObject<HTMLElement | null>): void {
  const wasOpen = useRef(open);
  useEffect(() => {
    if (wasOpen.current && !open && focusIsLost()) opener.current?.focus();
    wasOpen.current = open;
  }, [open, opener]);
}
