import { describe, expect, it } from 'vitest';
import type { Article, Claim, Comment } from '../domain/schemas.ts';
import type { MissedEvent } from '../protocol/events.ts';
import { changesSinceIn, joinAnswer } from './catch-up.ts';

/** A log that kept the changes 4 to 6 of an article now at seq 6. */
const log = [4, 5, 6].map((seq) => ({ seq, event: 'claim:deleted', payload: { articleId: 'a', seq, id: `c${seq}` } }) as unknown as MissedEvent);
const since = (sinceSeq: number, seq = 6, kept = log) => changesSinceIn(kept, (e) => e.seq, seq, sinceSeq)?.map((e) => e.seq) ?? null;

describe('catching up from sinceSeq', () => {
  it('answers exactly the changes after sinceSeq while the log reaches back to the one right after it', () => {
    expect(since(3)).toEqual([4, 5, 6]);
    expect(since(5)).toEqual([6]);
    expect(since(6)).toEqual([]);
  });

  it('needs a snapshot when the log no longer reaches back, or the number is from the future', () => {
    expect(since(2)).toBeNull();
    expect(since(0)).toBeNull();
    expect(since(7)).toBeNull();
    // Nothing kept at all (a restarted server): only an up-to-date client needs nothing.
    expect(since(5, 6, [])).toBeNull();
    expect(since(6, 6, [])).toEqual([]);
  });
});

describe('the join answer', () => {
  const article = { id: 'a' } as Article;
  const claim = (id: string, start: number, deleted = false) =>
    ({ id, articleId: 'a', createdAt: '2024-07-04T10:00:00.000Z', deleted: deleted ? {} : null, target: { position: { start, end: start + 5 } } }) as unknown as Claim;
  const comments = [{ id: 'm1', claimId: 'c2' } as Comment];

  it('is the missed changes when there are any to give, else the live claims in reading order and their comments', () => {
    const claims = [claim('c1', 40), claim('c2', 3), claim('gone', 10, true)];
    const base = { article, users: [], seq: 6 };
    expect(joinAnswer(base, log.slice(2), claims, comments)).toEqual({ ...base, snapshot: false, missed: log.slice(2) });
    expect(joinAnswer(base, [], claims, comments)).toEqual({ ...base, snapshot: false, missed: [] });
    const snapshot = joinAnswer(base, null, claims, comments);
    expect(snapshot.snapshot && snapshot.claims.map((c) => c.id)).toEqual(['c2', 'c1']);
    expect(snapshot.snapshot && snapshot.comments).toEqual(comments);
  });
});
