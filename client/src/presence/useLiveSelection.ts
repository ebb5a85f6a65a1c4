import { useEffect, type RefObject } from 'react';
import { rangeToOffsets } from '../reader/domOffsets.ts';

type Span = { start: number; end: number } | null;

/**
 * Reports the body span the user's selection covers in `containerRef`
 * while they make it (for presence), or null when there is none there. The
 * caller throttles; this only turns DOM selections into code point offsets.
 */
export function useLiveSelection(containerRef: RefObject<HTMLElement | null>, onChange: ((span: Span) => void) | undefined): void {
  useEffect(() => {
    if (!onChange) return;
    const report = () => {
      const container = containerRef.current;
      const sel = document.getSelection();
      if (!container || !sel || sel.rangeCount === 0 || sel.isCollapsed) return onChange(null);
      onChange(rangeToOffsets(container, sel.getRangeAt(0)));
    };
    document.addEventListener('selectionchange', report);
    return () => {
      document.removeEventListener('selectionchange', report);
      onChange(null);
    };
  }, [containerRef, onChange]);
}
