// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, render, within } from '@testing-library/react';
import { useMemo } from 'react';
import { EMPTY_MARK, withMentionSeen, type MentionsSeenMark } from '../../../shared/domain/mentions-seen.ts';
import type { Comment } from '../../../shared/domain/schemas.ts';
import { MentionsBadge } from '../chrome/MentionsBadge.tsx';
import { CommentThread } from './CommentThread.tsx';
import { MentionsSeenContext, useMentionsSeen } from './mentionsSeen.tsx';
import type { MentionsSync } from './mentionsSync.ts';

/**
 * A journalist reads a mention on the phone: the laptop's badge clears,
 * because what was seen is kept with the account (the server's mark) and
 * the other devices hear it, not only in the phone's localStorage.
 */
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
beforeEach(() => {
  observed = [];
  localStorage.clear();
  vi.stubGlobal('IntersectionObserver', FakeObserver);
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const comment = (id: string, n: number): Comment => ({
  id, claimId: 'c1', articleId: 'a', text: `note ${id} @Layla`, mentions: ['u-me'], createdBy: 'Omar', createdById: 'u-omar', createdAt: `2024-07-04T10:00:0${n}.000Z`,
});
const COMMENTS = [comment('k1', 1), comment('k2', 2)];
const people = [{ id: 'u-me', name: 'Layla', active: true }];

/** The server as both devices see it: one mark for the account, told to every connection. */
function fakeServer() {
  let mark: MentionsSeenMark = EMPTY_MARK;
  const listeners = new Set<(e: { articleId: string; mark: MentionsSeenMark }) => void>();
  const sync: MentionsSync = {
    get: async () => ({ ok: true, mark }),
    mark: async (articleId, commentId) => {
      mark = withMentionSeen(mark, COMMENTS.find((c) => c.id === commentId)!);
      for (const l of listeners) l({ articleId, mark });
      return { ok: true, mark };
    },
    onMark: (h) => (listeners.add(h), () => listeners.delete(h)),
    onConnected: (l) => (l(true), () => {}),
  };
  return sync;
}

function Device({ sync, testId }: { sync: MentionsSync; testId: string }) {
  const seen = useMentionsSeen('u-me', 'a', sync);
  const unread = useMemo(() => COMMENTS.filter((c) => !seen.isSeen(c)), [seen]);
  return (
    <div data-testid={testId}>
      <MentionsSeenContext.Provider value={seen}>
        <MentionsBadge mentions={unread} onOpen={() => {}} />
        <CommentThread comments={COMMENTS} meId="u-me" people={people} pendingIds={new Set()} canComment={false} onPost={() => ({ ok: true })} />
      </MentionsSeenContext.Provider>
    </div>
  );
}

const count = (device: string) => within(document.querySelector<HTMLElement>(`[data-testid="${device}"]`)!).queryByTestId('mentions')?.dataset.count ?? '0';

describe('mentions seen follow the account across devices', () => {
  it('reading a mention on the phone clears it from the laptop badge', async () => {
    const sync = fakeServer();
    render(
      <>
        <Device sync={sync} testId="laptop" />
        <Device sync={sync} testId="phone" />
      </>,
    );
    expect(count('laptop')).toBe('2');
    expect(count('phone')).toBe('2');
    // The phone shows k2 on screen.
    const onPhone = document.querySelector('[data-testid="phone"] [data-comment-id="k2"]')!;
    await act(async () => {
      for (const o of observed.filter((x) => x.el === onPhone)) o.callback([{ target: onPhone, isIntersecting: true } as IntersectionObserverEntry], o.observer);
    });
    expect(count('phone')).toBe('1');
    expect(count('laptop')).toBe('1');
    expect(document.querySelector('[data-testid="laptop"] [data-comment-id="k2"]')!.hasAttribute('data-unread-mention')).toBe(false);
  });

  it('a device that opens later starts from what the account has seen', async () => {
    const sync = fakeServer();
    await sync.mark('a', 'k1');
    await act(async () => void render(<Device sync={sync} testId="tablet" />));
    expect(count('tablet')).toBe('1');
  });
});
