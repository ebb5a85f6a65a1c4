import type { Article, Claim, Comment, HistoryEntry } from '../domain/schemas.ts';
import type { ApiError } from '../protocol/errors.ts';
import type { ChangeBroadcast, ClientToServerEvents } from '../protocol/events.ts';
import type { RevisionResult } from './article-ops.ts';
import type { Operation, WorkspaceState } from './types.ts';

/**
 * What the sender is told and what the others in the article hear, once an
 * operation or a revision has been applied. Built here once, so that the
 * server's operation runner and the client tests' fake server answer alike:
 * the fake kept its own copy once, and its acks drifted (they lacked the
 * history entry the server sends).
 */

type DeclaredAck<E extends keyof ClientToServerEvents> = {
  [K in E]: ClientToServerEvents[K] extends (payload: never, ack: (result: infer A) => void) => void ? A : never;
}[E];
/** Every ack the event map declares for an operation (claims, evidence, comments). */
export type OperationAck = DeclaredAck<Operation['type']>;
export type RevisionAck = DeclaredAck<'article:revise'>;
export type RefusedAck = Extract<OperationAck | RevisionAck, { ok: false }>;
export type RevisionChange = Extract<ChangeBroadcast, { event: 'article:revised' }>;
export type OperationChange = Exclude<ChangeBroadcast, RevisionChange>;

/** What an applied operation made: the claim as it is now, the comment it added, its history entry. */
export interface MadeChange {
  claim: Claim;
  comment?: Comment;
  history: HistoryEntry;
}

/** What a revision the apply function accepted made (also as a kept change gives it back). */
export type AppliedRevision = Pick<Extract<RevisionResult<WorkspaceState>, { ok: true }>, 'article' | 'claims' | 'result' | 'history'>;

/**
 * Retries are recognised per person: two people may well pick the same
 * opId, and one person's retry must find their own first result.
 */
export function opKey(actorId: string, opId: string): string {
  return `${actorId}:${opId}`;
}

/** A refused operation or revision: the error, with the claim (or article) as it is now on a conflict. */
export function refusedAck(refusal: { error: ApiError; current?: Claim; article?: Article }): RefusedAck {
  const { error, current, article } = refusal;
  if (current) return { ok: false, error, current };
  if (article) return { ok: false, error, article };
  return { ok: false, error };
}

/** The event the others hear for an operation. */
export function changeEventOf(op: Operation): OperationChange['event'] {
  switch (op.type) {
    case 'claim:create':
      return 'claim:created';
    case 'claim:delete':
      return 'claim:deleted';
    case 'claim:restore':
      return 'claim:restored';
    case 'comment:create':
      return 'comment:created';
    default:
      return 'claim:updated';
  }
}

/**
 * The sender's ack: the result, the article's seq after it, and the change's
 * history entry. An op that changed nothing has a null history, which also
 * tells the client that this seq is not a new change of its own.
 */
export function operationAck(op: Operation, result: { claim: Claim; comment?: Comment; history: HistoryEntry | null }, seq: number): OperationAck {
  const { claim, history } = result;
  if (op.type === 'claim:delete') return { ok: true, seq, history };
  if (op.type === 'comment:create') return { ok: true, comment: commentOf(result), seq, history };
  if (op.type === 'claim:update' && result.comment) return { ok: true, claim, comment: result.comment, seq, history };
  return { ok: true, claim, seq, history };
}

/** The numbered change an operation makes, as the others in the article hear it (and as it is kept for catching up). */
export function operationChange(op: Operation, made: MadeChange, seq: number): OperationChange {
  const { claim, history } = made;
  const articleId = claim.articleId;
  const base = { articleId, seq, history };
  switch (changeEventOf(op)) {
    case 'claim:created':
      return claimCreated(claim, history, seq);
    case 'claim:restored':
      return claimRestored(claim, history, seq);
    case 'claim:deleted':
      return { articleId, event: 'claim:deleted', payload: { ...base, id: claim.id } };
    case 'comment:created':
      return { articleId, event: 'comment:created', payload: { ...base, comment: commentOf(made) } };
    default:
      if (made.comment) return { articleId, event: 'claim:updated', payload: { ...base, claim, comment: made.comment } };
      return { articleId, event: 'claim:updated', payload: { ...base, claim } };
  }
}

type ChangeOf<E extends OperationChange['event']> = Extract<OperationChange, { event: E }>;

/** A claim made, as the others hear it (by a capture, or by an import of many). */
export function claimCreated(claim: Claim, history: HistoryEntry, seq: number): ChangeOf<'claim:created'> {
  return { articleId: claim.articleId, event: 'claim:created', payload: { articleId: claim.articleId, seq, history, claim } };
}

/** A deleted claim brought back, as the others hear it (by an undo, or by an import that restores it). */
export function claimRestored(claim: Claim, history: HistoryEntry, seq: number): ChangeOf<'claim:restored'> {
  return { articleId: claim.articleId, event: 'claim:restored', payload: { articleId: claim.articleId, seq, history, claim } };
}

/** A revision as the others hear it: the article, every claim it moved or orphaned, the summary and who made it. */
export function revisionChange(r: AppliedRevision, seq: number, by: string): RevisionChange {
  const articleId = r.article.id;
  return {
    articleId,
    event: 'article:revised',
    payload: { articleId, seq, article: r.article, claims: r.claims, result: r.result, history: r.history, by },
  };
}

/** The reviser's ack: what the broadcast says, less who made it. */
export function revisionAck(r: AppliedRevision, seq: number): RevisionAck {
  return { ok: true, article: r.article, claims: r.claims, result: r.result, seq, history: r.history };
}

function commentOf(result: { comment?: Comment }): Comment {
  if (!result.comment) throw new Error('a comment operation without its comment');
  return result.comment;
}
