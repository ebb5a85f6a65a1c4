import type { Claim, Comment } from '../domain/schemas.ts';
import type { JoinResult, MissedEvent } from '../protocol/events.ts';
import { claimsInReadingOrder } from './apply.ts';

/**
 * Catching up after a gap, as the server answers a join with `sinceSeq`.
 * The rule lives here so that the server's stores and the client tests'
 * fake server decide alike when missed changes are enough and when only a
 * full snapshot will do.
 */

/**
 * The changes after `sinceSeq` from a kept log (oldest first, one entry per
 * seq up to `seq`), or null when the client needs a full snapshot: the
 * number is from the future, or the log no longer reaches back that far.
 */
export function changesSinceIn<T>(log: readonly T[], seqOf: (entry: T) => number, seq: number, sinceSeq: number): T[] | null {
  if (sinceSeq > seq) return null;
  if (sinceSeq === seq) return [];
  const oldest = log.length > 0 ? seqOf(log[0]!) : seq + 1;
  if (sinceSeq + 1 < oldest) return null;
  return log.slice(sinceSeq + 1 - oldest);
}

/**
 * The join answer: exactly the missed changes when the log still has them,
 * else the article's live claims in reading order and their comments. Either
 * way the client ends in the server's state as of `seq`.
 */
export function joinAnswer(
  base: Pick<JoinResult, 'article' | 'users' | 'seq'>,
  missed: MissedEvent[] | null,
  claims: readonly Claim[],
  comments: Comment[],
): JoinResult {
  if (missed) return { ...base, snapshot: false, missed };
  return { ...base, snapshot: true, claims: claimsInReadingOrder(claims, base.article.id), comments };
}
