/**
 * Conversions between DOM positions in the reader and body offsets (code
 * points). The reader's paragraphs are `p[data-start]` elements, each with a
 * single text node; anything else (the header, the gaps between paragraphs)
 * is snapped to the nearest paragraph boundary.
 */
import { OffsetIndex } from '../../../shared/text/codepoints.ts';

interface ParagraphNode {
  el: HTMLElement;
  start: number;
  index: OffsetIndex;
}

function paragraphsIn(container: HTMLElement): ParagraphNode[] {
  return [...container.querySelectorAll<HTMLElement>('p[data-start]')].map((el) => ({
    el,
    start: Number(el.dataset.start),
    index: new OffsetIndex(el.textContent ?? ''),
  }));
}

function paragraphOf(node: Node, paragraphs: ParagraphNode[]): ParagraphNode | undefined {
  const el = node.nodeType === Node.TEXT_NODE ? node.parentElement : (node as Element);
  return paragraphs.find((p) => p.el === el);
}

/** Body offset of a DOM boundary point; `edge` says which way to snap points outside paragraph text. */
function pointToOffset(
  node: Node,
  offset: number,
  paragraphs: ParagraphNode[],
  edge: 'start' | 'end',
): number | null {
  const p = paragraphOf(node, paragraphs);
  if (p && node.nodeType === Node.TEXT_NODE) return p.start + p.index.toCodePoint(Math.min(offset, p.index.text.length));
  if (p) return offset === 0 ? p.start : p.start + p.index.length;
  // Outside any paragraph: a start snaps forward to the next paragraph, an end back to the previous one.
  const doc = node.ownerDocument ?? document;
  const probe = doc.createRange();
  if (edge === 'start') {
    for (const q of paragraphs) {
      probe.selectNodeContents(q.el);
      if (probe.comparePoint(node, offset) <= 0) return q.start;
    }
    return null;
  }
  for (let i = paragraphs.length - 1; i >= 0; i--) {
    const q = paragraphs[i]!;
    probe.selectNodeContents(q.el);
    if (probe.comparePoint(node, offset) >= 0) return q.start + q.index.length;
  }
  return null;
}

/** The body span a DOM range covers inside `container`, or null if it covers no paragraph text. */
export function rangeToOffsets(container: HTMLElement, range: Range): { start: number; end: number } | null {
  if (range.collapsed || !range.intersectsNode(container)) return null;
  const paragraphs = paragraphsIn(container);
  const start = pointToOffset(range.startContainer, range.startOffset, paragraphs, 'start');
  const end = pointToOffset(range.endContainer, range.endOffset, paragraphs, 'end');
  if (start === null || end === null || end <= start) return null;
  return { start, end };
}

/** Body offset of a single DOM point (a caret), or null when it is not in paragraph text. */
export function caretToOffset(container: HTMLElement, node: Node, offset: number): number | null {
  if (!container.contains(node)) return null;
  const paragraphs = paragraphsIn(container);
  const p = paragraphOf(node, paragraphs);
  if (!p || node.nodeType !== Node.TEXT_NODE) return null;
  return p.start + p.index.toCodePoint(Math.min(offset, p.index.text.length));
}

/** A DOM Range over body span [start, end), clipped to paragraph text; null if nothing is visible. */
export function offsetsToRange(container: HTMLElement, start: number, end: number): Range | null {
  const paragraphs = paragraphsIn(container).filter((p) => p.el.firstChild?.nodeType === Node.TEXT_NODE);
  const first = paragraphs.find((p) => p.start + p.index.length > start);
  const last = [...paragraphs].reverse().find((p) => p.start < end);
  if (!first || !last || first.start >= end || last.start + last.index.length <= start) return null;
  const range = (container.ownerDocument ?? document).createRange();
  const s = Math.max(0, start - first.start);
  const e = Math.min(last.index.length, end - last.start);
  range.setStart(first.el.firstChild!, first.index.toUtf16(s));
  range.setEnd(last.el.firstChild!, last.index.toUtf16(e));
  return range;
}

/** The caret (text node + offset) under a viewport point, in whichever API the browser has. */
export function caretFromPoint(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  const d = doc as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  if (typeof d.caretPositionFromPoint === 'function') {
    const pos = d.caretPositionFromPoint(x, y);
    return pos ? { node: pos.offsetNode, offset: pos.offset } : null;
  }
  if (typeof d.caretRangeFromPoint === 'function') {
    const r = d.caretRangeFromPoint(x, y);
    return r ? { node: r.startContainer, offset: r.startOffset } : null;
  }
  return null;
}
