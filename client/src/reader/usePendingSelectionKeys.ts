import { useEffect, useRef } from 'react';
import { CLAIM_STATUSES, STATUS_INFO, type ClaimStatus } from '../../../shared/domain/status.ts';

const STATUS_BY_KEY = new Map(CLAIM_STATUSES.map((s) => [STATUS_INFO[s].key, s]));

/** The reader's pending selection, while there is one: what a status button elsewhere (the open claim's editor) acts on instead. */
let pendingCapture: ((status: ClaimStatus) => void) | null = null;

/**
 * Captures the pending selection with `status`, if there is one; false when
 * nothing is selected (the button then acts on its own claim). One reader is
 * on the page at a time, so one slot is enough.
 */
export function capturePendingSelection(status: ClaimStatus): boolean {
  if (!pendingCapture) return false;
  pendingCapture(status);
  return true;
}

/**
 * While a new selection waits to be captured, keys 1-4 (and the open claim's
 * status buttons, through capturePendingSelection) capture it with that status. The listener sits on window in the capture phase, so it runs before
 * the open claim's editor (a document listener) and stops the key there: the
 * person is looking at the words they just selected, not at a claim that may
 * be scrolled out of view, and that claim must not change by surprise.
 */
export function usePendingSelectionKeys(active: boolean, onStatus: (status: ClaimStatus) => void): void {
  const latest = useRef(onStatus);
  latest.current = onStatus;
  useEffect(() => {
    if (!active) return;
    const capture = (status: ClaimStatus) => latest.current(status);
    pendingCapture = capture;
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented) return;
      const target = e.target instanceof Element ? e.target : null;
      if (target?.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]')) return;
      const status = STATUS_BY_KEY.get(e.key);
      if (!status) return;
      e.preventDefault();
      e.stopPropagation();
      latest.current(status);
    };
    window.addEventListener('keydown', onKey, { capture: true });
    return () => {
      window.removeEventListener('keydown', onKey, { capture: true });
      if (pendingCapture === capture) pendingCapture = null;
    };
  }, [active]);
}
