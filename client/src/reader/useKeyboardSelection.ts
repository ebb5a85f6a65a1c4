import { useCallback, useEffect, useRef, type KeyboardEvent, type RefObject } from 'react';
import { highlightsSupported } from './highlights.ts';

/** The highlight that shows where the keyboard caret is (the article is not editable, so the browser draws none). */
export const CARET_HIGHLIGHT = 'reader-caret';

type Granularity = 'character' | 'word' | 'line' | 'lineboundary';

/**
 * Which way a key moves the caret. Left and right are visual ('left',
 * 'right'), so in right-to-left Arabic the left arrow goes on reading, as
 * people expect; the browser's Selection.modify does the bidi and grapheme
 * work (a diacritic never separates from its letter).
 */
function movement(e: KeyboardEvent): { dir: 'left' | 'right' | 'forward' | 'backward'; by: Granularity } | null {
  const word = e.ctrlKey || e.altKey;
  switch (e.key) {
    case 'ArrowLeft':
      return { dir: 'left', by: word ? 'word' : 'character' };
    case 'ArrowRight':
      return { dir: 'right', by: word ? 'word' : 'character' };
    case 'ArrowUp':
      return { dir: 'backward', by: 'line' };
    case 'ArrowDown':
      return { dir: 'forward', by: 'line' };
    case 'Home':
      return { dir: 'backward', by: 'lineboundary' };
    case 'End':
      return { dir: 'forward', by: 'lineboundary' };
    default:
      return null;
  }
}

const selectionIn = (container: HTMLElement) => {
  const sel = document.getSelection();
  return sel && sel.rangeCount > 0 && sel.focusNode && container.contains(sel.focusNode) ? sel : null;
};

/** Puts a collapsed caret at the start of the first paragraph, unless the selection is already in the article. */
function ensureCaret(container: HTMLElement): Selection | null {
  const inside = selectionIn(container);
  if (inside) return inside;
  const first = container.querySelector('p[data-start]')?.firstChild;
  const sel = document.getSelection();
  if (!first || !sel) return null;
  sel.collapse(first, 0);
  return sel;
}

/** Paints the character after a collapsed caret, so sighted keyboard users see where they are. */
function paintCaret(container: HTMLElement): void {
  if (!highlightsSupported()) return;
  const sel = selectionIn(container);
  if (!sel || !sel.isCollapsed || document.activeElement !== container || sel.focusNode?.nodeType !== Node.TEXT_NODE) {
    CSS.highlights.delete(CARET_HIGHLIGHT);
    return;
  }
  const node = sel.focusNode as Text;
  const at = Math.min(sel.focusOffset, Math.max(0, node.length - 1));
  if (node.length === 0) return void CSS.highlights.delete(CARET_HIGHLIGHT);
  const range = document.createRange();
  range.setStart(node, at);
  // A surrogate pair is one character: never paint half of it.
  const code = node.data.charCodeAt(at);
  range.setEnd(node, Math.min(node.length, at + (code >= 0xd800 && code <= 0xdbff ? 2 : 1)));
  CSS.highlights.set(CARET_HIGHLIGHT, new Highlight(range));
}

/**
 * Scrolls the caret's line into view when it is under the sticky bars or
 * below the window; the browser does not do it for a non-editable caret.
 */
function revealCaret(sel: Selection): void {
  if (!sel.focusNode) return;
  const range = document.createRange();
  range.setStart(sel.focusNode, sel.focusOffset);
  const rect = range.getClientRects()[0] ?? range.getBoundingClientRect();
  if (rect.top < 140 || rect.bottom > window.innerHeight - 40) window.scrollBy({ top: rect.top - window.innerHeight * 0.3, behavior: 'instant' });
}

export interface KeyboardSelectionHandlers {
  /** Enter with words selected: take the user to the capture toolbar. */
  onCaptureKey(): void;
  /** Enter on a collapsed caret: open the claim(s) at the caret, if any. */
  onOpenKey(): void;
  /** After every caret move made with the keys (to announce the claims the caret is in). */
  onCaretMove(): void;
}

/**
 * Lets keyboard users read and select in the focusable, non-editable
 * article: arrow keys move a caret (Ctrl/Alt by word, Up/Down by line,
 * Home/End to the line's ends), Shift extends the selection, Enter captures
 * the selection or opens the claim at the caret. The selection is the
 * document's own, so the capture flow for mouse selections takes over.
 */
export function useKeyboardSelection(containerRef: RefObject<HTMLElement | null>, handlers: KeyboardSelectionHandlers) {
  const latest = useRef(handlers);
  latest.current = handlers;

  useEffect(() => {
    const repaint = () => containerRef.current && paintCaret(containerRef.current);
    document.addEventListener('selectionchange', repaint);
    return () => {
      document.removeEventListener('selectionchange', repaint);
      if (highlightsSupported()) CSS.highlights.delete(CARET_HIGHLIGHT);
    };
  }, [containerRef]);

  const onFocus = useCallback(() => {
    const container = containerRef.current;
    // A mouse press also focuses the article: then the press places the selection, and nothing may scroll.
    if (!container?.matches(':focus-visible')) return;
    const sel = ensureCaret(container);
    if (!sel) return;
    revealCaret(sel);
    paintCaret(container);
  }, [containerRef]);

  const onBlur = useCallback(() => {
    if (highlightsSupported()) CSS.highlights.delete(CARET_HIGHLIGHT);
  }, []);

  const onKeyDown = useCallback(
    (e: KeyboardEvent) => {
      const container = containerRef.current;
      if (!container || e.target !== container || e.metaKey) return;
      if (e.key === 'Enter') {
        const sel = selectionIn(container);
        if (!sel) return;
        e.preventDefault();
        if (sel.isCollapsed) latest.current.onOpenKey();
        else latest.current.onCaptureKey();
        return;
      }
      const move = movement(e);
      if (!move) return;
      const sel = ensureCaret(container);
      if (!sel) return;
      e.preventDefault();
      const before = { node: sel.focusNode, offset: sel.focusOffset, anchor: sel.anchorNode, anchorOffset: sel.anchorOffset };
      // Without Shift, a selection first collapses to the side the arrow points to, as in a text field.
      sel.modify(e.shiftKey ? 'extend' : 'move', move.dir, move.by);
      // Never leave the article's paragraphs (the header and the page around it are not body text).
      const p = sel.focusNode && (sel.focusNode.nodeType === Node.TEXT_NODE ? sel.focusNode.parentElement : (sel.focusNode as Element));
      if (!p?.matches('p[data-start]') || !container.contains(p)) {
        if (before.anchor && before.node) sel.setBaseAndExtent(before.anchor, before.anchorOffset, before.node, before.offset);
      }
      revealCaret(sel);
      paintCaret(container);
      latest.current.onCaretMove();
    },
    [containerRef],
  );

  return { onFocus, onBlur, onKeyDown };
}
