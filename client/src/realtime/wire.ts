import type { Article, Claim, Comment } from '../../../shared/domain/schemas.ts';
import type { RevisionSummary } from '../../../shared/ops/article-ops.ts';
import type { ApiError } from '../../../shared/protocol/errors.ts';
import type { ClientToServerEvents } from '../../../shared/protocol/events.ts';

/**
 * The mutations as they travel: one event name and its payload. The outbox
 * stores these (in localStorage too), so they must stay plain JSON.
 */

export const MUTATION_EVENTS = [
  'claim:create',
  'claim:update',
  'claim:delete',
  'claim:restore',
  'evidence:add',
  'evidence:remove',
  'comment:create',
  'claim:reattach',
  'article:revise',
] as const;
export type MutationEvent = (typeof MUTATION_EVENTS)[number];

export type MutationPayload<E extends MutationEvent> = Parameters<ClientToServerEvents[E]>[0];

export type WireOp = { [E in MutationEvent]: { event: E; payload: MutationPayload<E> } }[MutationEvent];

/**
 * Every mutation ack, widened: success carries the change's seq and what it
 * made (a revision: the new article and which claims it moved or orphaned).
 * A refused revision on a stale base carries the article as it is now.
 */
export type MutationAck =
  | { ok: true; seq: number; claim?: Claim; comment?: Comment; article?: Article; claims?: Claim[]; result?: RevisionSummary }
  | { ok: false; error: ApiError; current?: Claim; article?: Article };

/** Every ack the shared event map declares for a mutation. */
type DeclaredAck = { [E in MutationEvent]: Parameters<Parameters<ClientToServerEvents[E]>[1]>[0] }[MutationEvent];
type Holds<T extends true> = T;
/**
 * Compile-time check (no code ships) that the widened form above takes every
 * ack the server is declared to send: a field whose type changes in
 * shared/protocol/events.ts (or an ack that stops carrying seq) is a type
 * error on this line, not a silent drift.
 */
export type _EveryDeclaredAckFits = Holds<DeclaredAck extends MutationAck ? true : false>;

/**
 * What became of one send. `delivered: false` means we do not know whether
 * the server applied it (or know it was never sent): the same op, with the
 * same opId, must be sent again; the server applies it at most once.
 */
export type Delivery =
  | { delivered: true; ack: MutationAck }
  | { delivered: false; reason: 'offline' | 'timeout' | 'disconnected' };
