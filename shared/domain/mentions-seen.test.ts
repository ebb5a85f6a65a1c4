import { describe, expect, it } from 'vitest';
import { EMPTY_MARK, isMentionSeen, MAX_SEEN_IDS, mergeMarks, withMentionSeen } from './mentions-seen.ts';

const at = (n: number) => new Date(Date.UTC(2024, 6, 4) + n * 1000).toISOString();
const c = (n: number) => ({ id: `k${n}`, createdAt: at(n) });

describe('a mentions-seen mark', () => {
  it('holds exactly the mentions seen, in any order', () => {
    let mark = withMentionSeen(EMPTY_MARK, c(5));
    mark = withMentionSeen(mark, c(2));
    expect(isMentionSeen(mark, c(5))).toBe(true);
    expect(isMentionSeen(mark, c(2))).toBe(true);
    expect(isMentionSeen(mark, c(3))).toBe(false);
    expect(withMentionSeen(mark, c(2))).toBe(mark);
  });

  it('stays bounded: past the cap the oldest fold into "seen up to", newer unread ones stay unread', () => {
    let mark = EMPTY_MARK;
    for (let i = 0; i < MAX_SEEN_IDS + 50; i++) mark = withMentionSeen(mark, c(2 * i));
    expect(mark.seen.length).toBeLessThanOrEqual(MAX_SEEN_IDS);
    expect(isMentionSeen(mark, c(0))).toBe(true);
    expect(isMentionSeen(mark, c(2 * (MAX_SEEN_IDS + 49)))).toBe(true);
    // Odd ones were never seen; the newest of them, after the fold, is still unread.
    expect(isMentionSeen(mark, c(2 * (MAX_SEEN_IDS + 49) - 1))).toBe(false);
    expect(JSON.stringify(mark).length).toBeLessThan(8_000);
  });

  it('merges what two devices saw', () => {
    const a = withMentionSeen(EMPTY_MARK, c(1));
    const b = withMentionSeen(EMPTY_MARK, c(3));
    const both = mergeMarks(a, b);
    expect([1, 2, 3].map((n) => isMentionSeen(both, c(n)))).toEqual([true, false, true]);
  });
});
