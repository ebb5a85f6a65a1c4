import type { ChangeEvent, DbData } from '../store/db-schema.ts';

/** Recent broadcasts kept per article for catching up; older clients get a snapshot. */
export const CHANGE_LOG_CAP = 500;

/** Numbers the next change of `articleId` and appends its broadcast to the capped log. */
export function appendChange(
  state: DbData,
  articleId: string,
  make: (seq: number) => Omit<ChangeEvent, 'seq'>,
  cap = CHANGE_LOG_CAP,
): { next: DbData; seq: number } {
  const current = Object.hasOwn(state.changeLog, articleId) ? state.changeLog[articleId]! : { seq: 0, log: [] };
  const seq = current.seq + 1;
  const log = [...current.log, { seq, ...make(seq) }];
  if (log.length > cap) log.splice(0, log.length - cap);
  return { next: { ...state, changeLog: { ...state.changeLog, [articleId]: { seq, log } } }, seq };
}

export function currentSeq(state: DbData, articleId: string): number {
  return Object.hasOwn(state.changeLog, articleId) ? state.changeLog[articleId]!.seq : 0;
}

/**
 * What a client that last saw `sinceSeq` missed, in order, or null when the
 * log no longer reaches back that far (or the number is from the future,
 * e.g. after a restore from backup): then it needs a full snapshot.
 */
export function missedSince(state: DbData, articleId: string, sinceSeq: number): ChangeEvent[] | null {
  const entry = Object.hasOwn(state.changeLog, articleId) ? state.changeLog[articleId]! : { seq: 0, log: [] };
  if (sinceSeq > entry.seq) return null;
  if (sinceSeq === entry.seq) return [];
  const oldest = entry.log[0]?.seq ?? entry.seq + 1;
  if (sinceSeq + 1 < oldest) return null;
  return entry.log.filter((e) => e.seq > sinceSeq);
}
