import type { Article, Claim, Comment } from '../../../shared/domain/schemas.ts';
import { applyOperation, type Operation } from '../../../shared/ops/apply.ts';
import type { WireOp } from '../realtime/wire.ts';
import type { Role } from '../../../shared/domain/roles.ts';
import type { OutboxEntry } from './outboxEntry.ts';

/**
 * What the user sees: the server's state with their own unacked changes
 * applied on top, by the same `applyOperation` the server runs. Nothing is
 * rolled back by hand: when the server refuses a change, it leaves the
 * queue and simply stops being laid over the state.
 */

export interface ShownState {
  claims: Readonly<Record<string, Claim>>;
  comments: Readonly<Record<string, Comment>>;
  /** Claims, comments and evidence with changes not yet acked. */
  pendingClaims: ReadonlySet<string>;
  pendingComments: ReadonlySet<string>;
  pendingEvidence: ReadonlySet<string>;
}

/** An acked result not yet in the numbered state (its catch-up is on the way). */
export interface Provisional {
  seq: number;
  claim?: Claim;
  comment?: Comment;
  deletedId?: string;
}

export interface Person {
  id: string;
  name: string;
  /** Sign-off changes apply (here as on the server) only for a role that may make them. */
  role?: Role;
}

/**
 * The operation a queued op stands for; `id` names what a create makes.
 * A revision is not one: it is shown once the server has re-anchored the
 * claims (see useWorkspace), never guessed at here.
 */
export function operationFor(op: WireOp, id: string, mentions: string[]): Operation | null {
  switch (op.event) {
    case 'claim:create':
      return { type: 'claim:create', id, input: op.payload };
    case 'claim:update': {
      // Shown as the user wants it; whether it conflicts is the server's call.
      const { baseVersion: _ignored, ...input } = op.payload;
      // A claim sent back with a comment shows the comment under the op's id until the server names it.
      return input.changes.reviewComment === undefined ? { type: 'claim:update', input } : { type: 'claim:update', input, commentId: id, mentions };
    }
    case 'claim:delete':
      return { type: 'claim:delete', input: op.payload };
    case 'claim:restore':
      return { type: 'claim:restore', input: op.payload };
    case 'evidence:add':
      return { type: 'evidence:add', id, input: op.payload };
    case 'evidence:remove':
      return { type: 'evidence:remove', input: op.payload };
    case 'comment:create':
      return { type: 'comment:create', id, input: op.payload, mentions };
    case 'claim:reattach':
      return { type: 'claim:reattach', input: op.payload };
    case 'article:revise':
      return null;
  }
}

function withProvisional(claims: Record<string, Claim>, comments: Record<string, Comment>, p: Provisional, me: Person): void {
  if (p.claim) {
    const existing = Object.hasOwn(claims, p.claim.id) ? claims[p.claim.id] : undefined;
    if (!existing || existing.version <= p.claim.version) claims[p.claim.id] = p.claim;
  }
  if (p.comment) comments[p.comment.id] = p.comment;
  if (p.deletedId && Object.hasOwn(claims, p.deletedId) && !claims[p.deletedId]!.deleted) {
    claims[p.deletedId] = { ...claims[p.deletedId]!, deleted: { by: me.name, at: new Date().toISOString() } };
  }
}

export function overlayPending(
  base: { article: Article | null; claims: Readonly<Record<string, Claim>>; comments: Readonly<Record<string, Comment>> },
  provisional: readonly Provisional[],
  entries: readonly OutboxEntry[],
  me: Person,
): ShownState {
  const claims = { ...base.claims };
  const comments = { ...base.comments };
  for (const p of provisional) withProvisional(claims, comments, p, me);
  const pendingClaims = new Set<string>();
  const pendingComments = new Set<string>();
  const pendingEvidence = new Set<string>();
  let state = { articles: base.article ? { [base.article.id]: base.article } : {}, claims, comments };
  for (const entry of entries) {
    const operation = operationFor(entry.op, entry.tempId ?? entry.opId, entry.mentions ?? []);
    if (!operation) continue;
    pendingClaims.add(entry.claimId);
    if (entry.op.event === 'comment:create' && entry.tempId) pendingComments.add(entry.tempId);
    if (entry.op.event === 'evidence:add' && entry.tempId) pendingEvidence.add(entry.tempId);
    if (entry.op.event === 'evidence:remove') pendingEvidence.add(entry.op.payload.evidenceId);
    const result = applyOperation(state, operation, { actor: me.name, actorId: me.id, now: entry.createdAt, ...(me.role ? { role: me.role } : {}) });
    // A change that no longer applies (its claim was deleted by a colleague,
    // say) is still sent: the server decides, and says why if it refuses.
    if (result.ok) state = result.state;
  }
  // Shown claims keep the server's version numbers (a claim not yet created
  // shows 1, the version its create will get): edits are based on versions
  // the server knows, and the outbox re-bases my own queued ones.
  const shownClaims = { ...state.claims };
  for (const id of pendingClaims) {
    const after = shownClaims[id];
    if (!after) continue;
    const before = Object.hasOwn(claims, id) ? claims[id] : undefined;
    shownClaims[id] = { ...after, version: before?.version ?? 1, fieldVersions: before?.fieldVersions ?? { status: 1, summary: 1, attributedTo: 1, note: 1, assigneeId: 1, explanation: 1, rating: 1, review: 1 } };
  }
  return { claims: shownClaims, comments: state.comments, pendingClaims, pendingComments, pendingEvidence };
}
