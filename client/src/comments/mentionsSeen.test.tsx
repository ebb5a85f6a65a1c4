// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, render, renderHook, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useMemo } from 'react';
import type { Comment } from '../../../shared/domain/schemas.ts';
import { MentionsBadge } from '../chrome/MentionsBadge.tsx';
import { CommentThread } from './CommentThread.tsx';
import { MentionsSeenContext, useMentionsSeen } from './mentionsSeen.tsx';

/** IntersectionObserver under our control: `show(el)` puts an element on screen. */
let observed: { el: Element; callback: IntersectionObserverCallback; observer: IntersectionObserver }[] = [];
class FakeObserver {
  constructor(private readonly callback: IntersectionObserverCallback) {}
  observe(el: Element) {
    observed.push({ el, callback: this.callback, observer: this as unknown as IntersectionObserver });
  }
  unobserve(el: Element) {
    observed = observed.filter((o) => o.el !== el);
  }
  disconnect() {
    observed = observed.filter((o) => o.observer !== (this as unknown as IntersectionObserver));
  }
}
const show = (el: Element) =>
  act(() => {
    for (const o of observed.filter((x) => x.el === el)) o.callback([{ target: el, isIntersecting: true } as IntersectionObserverEntry], o.observer);
  });

beforeEach(() => {
  observed = [];
  localStorage.clear();
  vi.stubGlobal('IntersectionObserver', FakeObserver);
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const comment = (id: string, mentions: string[]): Comment => ({
  id, claimId: 'c1', articleId: 'a', text: `note ${id} @Layla`, mentions, createdBy: 'Omar', createdById: 'u-omar', createdAt: '2024-07-04T10:00:00.000Z',
});
const people = [{ id: 'u-me', name: 'Layla', active: true }];
const COMMENTS = [comment('k1', ['u-me']), comment('k2', []), comment('k3', ['u-me'])];

/** The badge and one open thread, as the workspace wires them. */
function Harness({ opened }: { opened: (id: string) => void }) {
  const seen = useMentionsSeen('u-me', 'a');
  const unread = useMemo(() => COMMENTS.filter((c) => c.mentions.includes('u-me') && !seen.seen.has(c.id)), [seen.seen]);
  return (
    <MentionsSeenContext.Provider value={seen}>
      <MentionsBadge mentions={unread} onOpen={(c) => (opened(c.id), seen.focusComment(c.id))} />
      <CommentThread comments={COMMENTS} meId="u-me" people={people} pendingIds={new Set()} canComment={false} onPost={() => ({ ok: true })} />
    </MentionsSeenContext.Provider>
  );
}
const item = (id: string) => document.querySelector<HTMLElement>(`[data-comment-id="${id}"]`)!;

describe('mentions are unread until seen', () => {
  it('counts a mention until its comment has been on screen, and remembers that for the account', async () => {
    render(<Harness opened={() => {}} />);
    expect(screen.getByTestId('mentions').dataset.count).toBe('2');
    show(item('k3'));
    expect(screen.getByTestId('mentions').dataset.count).toBe('1');
    // A comment that does not mention me is not watched at all.
    expect(observed.some((o) => o.el === item('k2'))).toBe(false);
    cleanup();
    render(<Harness opened={() => {}} />);
    expect(screen.getByTestId('mentions').dataset.count).toBe('1');
    expect(renderHook(() => useMentionsSeen('u-someone-else', 'a')).result.current.seen.size).toBe(0);
  });

  it('the badge opens the newest unread mention and scrolls its comment into view', async () => {
    const opened = vi.fn();
    render(<Harness opened={opened} />);
    const scrolled: string[] = [];
    for (const id of ['k1', 'k3']) item(id).scrollIntoView = () => void scrolled.push(id);
    await userEvent.setup().click(screen.getByTestId('mentions'));
    expect(opened).toHaveBeenCalledWith('k3');
    expect(scrolled).toEqual(['k3']);
    expect(document.activeElement).toBe(item('k3'));
  });
});
