import { useEffect, type RefObject } from 'react';
import { useMentionsSeenContext } from './mentionsSeen.tsx';

/**
 * Marks the thread's unread mentions as seen once each is on screen (half
 * of it, in the viewport), and scrolls to the one the mentions badge asked
 * for. Items carry `data-unread-mention` with their comment id.
 */
export function useSeenMentions(list: RefObject<HTMLElement | null>, commentIds: readonly string[]): void {
  const ctx = useMentionsSeenContext();
  const markSeen = ctx?.markSeen;
  const key = commentIds.join(' ');

  useEffect(() => {
    const root = list.current;
    if (!root || !markSeen) return;
    const items = [...root.querySelectorAll<HTMLElement>('[data-unread-mention]')];
    if (items.length === 0) return;
    if (typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver(
      (entries) => {
        for (const e of entries) {
          if (!e.isIntersecting) continue;
          markSeen(e.target.getAttribute('data-unread-mention')!);
          observer.unobserve(e.target);
        }
      },
      { threshold: 0.5 },
    );
    for (const item of items) observer.observe(item);
    return () => observer.disconnect();
  }, [list, markSeen, key]);

  const focus = ctx?.focus;
  useEffect(() => {
    if (!focus || !list.current) return;
    const item = list.current.querySelector<HTMLElement>(`[data-comment-id="${CSS.escape(focus.commentId)}"]`);
    if (!item) return;
    const reduce = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
    item.scrollIntoView?.({ block: 'center', behavior: reduce ? 'auto' : 'smooth' });
    item.focus({ preventScroll: true });
    // Keyed on the request (nonce), and on the ids so a thread that loads after the click still scrolls.
  }, [focus, list, key]);
}
