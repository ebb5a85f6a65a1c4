import { useEffect, useState, type RefObject } from 'react';
import { rangeToOffsets } from './domOffsets.ts';
import { trimSpan } from './paragraphs.ts';
import type { OffsetIndex } from '../../../shared/text/codepoints.ts';

export interface PendingCapture {
  start: number;
  end: number;
  /** Bounding box of the selection in page coordinates. */
  box: { top: number; bottom: number; left: number; right: number };
}

/** How long a selection made with the keyboard or by script must hold still before the toolbar shows. */
export const SELECTION_SETTLE_MS = 120;

/**
 * Follows the document selection and reports the body span it covers inside
 * `containerRef`, trimmed of surrounding whitespace. Waits for the mouse to be
 * released so the toolbar does not jump around during a drag; selections made
 * with the keyboard or by script settle after a short pause.
 */
export function useTextSelection(containerRef: RefObject<HTMLElement | null>, text: OffsetIndex | null) {
  const [pending, setPending] = useState<PendingCapture | null>(null);

  useEffect(() => {
    if (!text) return;
    let mouseDown = false;
    let timer: ReturnType<typeof setTimeout> | undefined;

    const evaluate = () => {
      const container = containerRef.current;
      const sel = document.getSelection();
      if (!container || !sel || sel.rangeCount === 0 || sel.isCollapsed) {
        // Keep the toolbar while the user is on it (keyboard users tab into it).
        if (!document.activeElement?.closest('[role=toolbar]')) setPending(null);
        return;
      }
      const range = sel.getRangeAt(0);
      const raw = rangeToOffsets(container, range);
      const span = raw && trimSpan(text, raw.start, raw.end);
      if (!span) return setPending(null);
      const r = range.getBoundingClientRect();
      const box = { top: r.top + window.scrollY, bottom: r.bottom + window.scrollY, left: r.left + window.scrollX, right: r.right + window.scrollX };
      setPending({ ...span, box });
    };
    const schedule = (ms: number) => {
      clearTimeout(timer);
      timer = setTimeout(evaluate, ms);
    };
    const onDown = (e: MouseEvent) => {
      if ((e.target as Element | null)?.closest?.('[role=toolbar]')) return;
      mouseDown = true;
    };
    const onUp = () => {
      if (!mouseDown) return;
      mouseDown = false;
      schedule(0);
    };
    const onChange = () => {
      if (!mouseDown) schedule(SELECTION_SETTLE_MS);
    };
    document.addEventListener('mousedown', onDown);
    document.addEventListener('mouseup', onUp);
    document.addEventListener('selectionchange', onChange);
    return () => {
      clearTimeout(timer);
      document.removeEventListener('mousedown', onDown);
      document.removeEventListener('mouseup', onUp);
      document.removeEventListener('selectionchange', onChange);
    };
  }, [containerRef, text]);

  return { pending, clear: () => setPending(null) };
}
