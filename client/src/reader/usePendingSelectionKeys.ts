import { useEffect, useRef } from 'react';
import { CLAIM_STATUSES, STATUS_INFO, type ClaimStatus } from '../../../shared/domain/status.ts';

const STATUS_BY_KEY = new Map(CLAIM_STATUSES.map((s) => [STATUS_INFO[s].key, s]));

/**
 * While a new selection waits to be captured, keys 1-4 capture it with that
 * status. The listener sits on window in the capture phase, so it runs before
 * the open claim's editor (a document listener) and stops the key there: the
 * person is looking at the words they just selected, not at a claim that may
 * be scrolled out of view, and that claim must not change by surprise.
 */
export function usePendingSelectionKeys(active: boolean, onStatus: (status: ClaimStatus) => void): void {
  const latest = useRef(onStatus);
  latest.current = onStatus;
  useEffect(() => {
    if (!active) return;
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
    return () => window.removeEventListener('keydown', onKey, { capture: true });
  }, [active]);
}
