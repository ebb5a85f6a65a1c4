import { randomUUID } from 'node:crypto';
import { applyOperation, type OpContext, type Operation, type WorkspaceState } from '../../shared/ops/apply.ts';
import { applyRevision } from '../../shared/ops/article-ops.ts';
import type { ArticleReviseInput, SuggestionDismissInput } from '../../shared/protocol/payloads.ts';
import { dismissSuggestion } from '../../shared/suggest/dismissal.ts';
import { apiError } from '../../shared/protocol/errors.ts';
import { LIMITS } from '../../shared/limits.ts';
import type { Ack, ChangeBroadcast } from '../../shared/protocol/events.ts';
import { changeEventOf, opKey, operationAck, operationChange, refusedAck, revisionAck, revisionChange, type MadeChange } from '../../shared/ops/outcome.ts';
import { storeErrorCode, type StoreTx, type WorkspaceStore } from '../store/store.ts';

/** An operation as a client asks for it: the server chooses the ids of new things. */
export type OperationRequest =
  | Exclude<Operation, { id: string }>
  | Omit<Extract<Operation, { type: 'claim:create' }>, 'id'>
  | Omit<Extract<Operation, { type: 'evidence:add' }>, 'id'>
  | Omit<Extract<Operation, { type: 'comment:create' }>, 'id'>;

export type Broadcast = ChangeBroadcast;

export interface OperationOutcome {
  ack: Ack<object>;
  /** What the others in the article must hear; absent when nothing changed. */
  broadcast?: Broadcast;
}

/** What one operation did: its ack and broadcast, and whether it wrote anything. */
interface Plan extends OperationOutcome {
  wrote?: boolean;
}


/**
 * Runs operations, each as one transaction: idempotent by opId, numbered
 * per article, recorded in the claim's history and the article's change
 * log, and settled only when all of that is durable. Each transaction reads
 * the one article and the claims it touches, never the workspace.
 */
export class OperationRunner {
  /** Ops being applied right now, so a duplicate arriving meanwhile waits for the same result. */
  private readonly inflight = new Map<string, Promise<OperationOutcome>>();

  constructor(private readonly store: WorkspaceStore) {}

  run(request: OperationRequest, ctx: OpContext & { actorId: string }, opId?: string): Promise<OperationOutcome> {
    const op = withIds(request);
    return this.runPlan(ctx, opId, (tx) => planOperation(tx, op, ctx));
  }

  /** A new revision of an article, with its claims re-anchored, as one numbered change. */
  revise(input: ArticleReviseInput, ctx: OpContext & { actorId: string }, opId?: string): Promise<OperationOutcome> {
    return this.runPlan(ctx, opId, (tx) => planRevision(tx, input, ctx));
  }

  /** A suggested claim dismissed for everyone in the article: a numbered change with no history (no claim changed). */
  dismiss(input: SuggestionDismissInput, ctx: OpContext & { actorId: string }, opId?: string): Promise<OperationOutcome> {
    return this.runPlan(ctx, opId, (tx) => planDismissal(tx, input));
  }

  /**
   * Idempotency by opId (per person): a stored result is returned as it was;
   * a duplicate arriving while the original runs waits for it.
   */
  private runPlan(ctx: OpContext & { actorId: string }, opId: string | undefined, plan: (tx: StoreTx) => Promise<Plan>): Promise<OperationOutcome> {
    if (!opId) return this.execute(plan, ctx);
    const key = opKey(ctx.actorId, opId);
    const running = this.inflight.get(key);
    if (running) return running.then(({ ack }) => ({ ack }));
    const promise = this.execute(plan, ctx, key).finally(() => this.inflight.delete(key));
    this.inflight.set(key, promise);
    return promise;
  }

  private async execute(plan: (tx: StoreTx) => Promise<Plan>, ctx: OpContext, opKey?: string): Promise<OperationOutcome> {
    try {
      return await this.store.transact(async (tx): Promise<OperationOutcome> => {
        if (opKey) {
          const stored = await tx.storedOp(opKey);
          if (stored) return { ack: await storedAck(tx, stored.ack) };
        }
        const { ack, broadcast, wrote } = await plan(tx);
        if (wrote && opKey) tx.putOp(opKey, { userId: ctx.actorId ?? '', at: ctx.now, ack: ackToStore(ack, broadcast) });
        return broadcast ? { ack, broadcast } : { ack };
      });
    } catch (error) {
      const code = storeErrorCode(error);
      if (code) return { ack: { ok: false, error: apiError(code) } };
      throw error;
    }
  }
}

async function planOperation(tx: StoreTx, op: Operation, ctx: OpContext): Promise<Plan> {
  const claimId = op.type === 'claim:create' ? op.id : 'claimId' in op.input ? op.input.claimId : op.input.id;
  const articleId = op.type === 'claim:create' ? op.input.articleId : (await tx.claim(claimId))?.articleId;
  if (articleId !== undefined) await tx.lockArticle(articleId);
  // Exactly what the operation touches: its article and its claim.
  const article = articleId === undefined ? undefined : await tx.article(articleId);
  const claim = await tx.claim(claimId);
  const full = await overLimit(tx, op, articleId);
  if (full) return { ack: { ok: false, error: apiError('limit_reached') } };
  const state: WorkspaceState = {
    articles: article ? { [article.id]: article } : {},
    claims: claim ? Object.fromEntries([[claim.id, claim]]) : {},
    comments: {},
  };
  // A rating names a label of the workspace's scale, as it is now.
  const rated = op.type === 'claim:update' && typeof op.input.changes.rating === 'string';
  const result = applyOperation(state, op, rated ? { ...ctx, ratings: (await tx.settings()).ratings } : ctx);
  if (!result.ok) return { ack: refusedAck(result) };
  const target = result.claim.articleId;
  if (!result.changed || !result.history) return { ack: operationAck(op, { claim: result.claim, history: null }, await tx.seq(target)) };
  if (result.claim !== claim) tx.putClaim(result.claim);
  if (result.comment) tx.putComment(result.comment);
  tx.appendHistory(result.history);
  const made: MadeChange = { claim: result.claim, comment: result.comment, history: result.history };
  const seq = tx.appendChange(target, changeEventOf(op), (s) => operationChange(op, made, s).payload);
  return { ack: operationAck(op, made, seq), broadcast: operationChange(op, made, seq), wrote: true };
}

/** What an article or a claim may hold (LIMITS), checked under the article's lock; evidence is the apply function's own rule. */
async function overLimit(tx: StoreTx, op: Operation, articleId: string | undefined): Promise<boolean> {
  if (articleId === undefined) return false;
  if (op.type === 'claim:create' || op.type === 'claim:restore') return (await tx.liveClaimCount(articleId)) >= LIMITS.claimsPerArticle;
  if (op.type === 'comment:create' || (op.type === 'claim:update' && op.commentId !== undefined)) {
    const claimId = op.type === 'comment:create' ? op.input.claimId : op.input.id;
    const comments = await tx.commentsOfArticle(articleId);
    return comments.filter((c) => c.claimId === claimId).length >= LIMITS.commentsPerClaim;
  }
  return false;
}

async function planRevision(tx: StoreTx, input: ArticleReviseInput, ctx: OpContext): Promise<Plan> {
  await tx.lockArticle(input.articleId);
  const article = await tx.article(input.articleId);
  if (!article) return { ack: { ok: false, error: apiError('not_found') } };
  const claims = await tx.claimsOfArticle(article.id);
  const state: WorkspaceState = { articles: { [article.id]: article }, claims: Object.fromEntries(claims.map((c) => [c.id, c])), comments: {} };
  const r = applyRevision(state, input, ctx);
  if (!r.ok) return { ack: refusedAck(r) };
  tx.addRevision(article.id, { revision: r.article.revision, by: ctx.actor, byId: ctx.actorId, at: ctx.now });
  tx.putArticle(r.article);
  for (const c of r.claims) tx.putClaim(c);
  for (const h of r.history) tx.appendHistory(h);
  const seq = tx.appendChange(article.id, 'article:revised', (s) => revisionChange(r, s, ctx.actor).payload);
  return { ack: revisionAck(r, seq), broadcast: revisionChange(r, seq, ctx.actor), wrote: true };
}

async function planDismissal(tx: StoreTx, input: SuggestionDismissInput): Promise<Plan> {
  await tx.lockArticle(input.articleId);
  const r = dismissSuggestion(await tx.article(input.articleId), input);
  if (!r.ok) return { ack: { ok: false, error: r.error } };
  const done = (seq: number): Ack<{ key: string; seq: number; history: null }> => ({ ok: true, key: r.key, seq, history: null });
  if (!r.changed) return { ack: done(await tx.seq(input.articleId)) };
  tx.putArticle(r.article);
  const payload = (seq: number) => ({ articleId: input.articleId, seq, key: r.key, history: null });
  const seq = tx.appendChange(input.articleId, 'suggestion:dismissed', payload);
  return { ack: done(seq), broadcast: { articleId: input.articleId, event: 'suggestion:dismissed', payload: payload(seq) }, wrote: true };
}

/**
 * The ack kept for retries: a claim or comment change whole (a kilobyte or
 * two); a revision as a reference to its change, since its ack carries the
 * article's text (kept once, in the article) and every claim it moved.
 */
function ackToStore(ack: Ack<object>, broadcast: Broadcast | undefined): Record<string, unknown> {
  if (broadcast?.event !== 'article:revised') return ack as Record<string, unknown>;
  return { ok: true, seq: broadcast.payload.seq, articleId: broadcast.articleId, stored: 'reference' };
}

/**
 * A stored ack as the retry gets it. A reference is rebuilt from the change
 * log while it still holds the change (exactly the first result); after
 * that, from the article as it is now, which the client recognises as not
 * the next change and catches up on.
 */
async function storedAck(tx: StoreTx, ack: Record<string, unknown>): Promise<Ack<object>> {
  if (ack.stored !== 'reference') return ack as Ack<object>;
  const articleId = String(ack.articleId);
  const seq = Number(ack.seq);
  const change = (await tx.changesSince(articleId, seq - 1))?.[0];
  if (change?.seq === seq && change.event === 'article:revised') {
    return revisionAck(change.payload, seq);
  }
  const current = { ok: true as const, article: await tx.article(articleId), claims: [], result: { unchanged: [], moved: [], orphaned: [] }, seq, history: [] };
  return current;
}

function withIds(request: OperationRequest): Operation {
  switch (request.type) {
    case 'claim:create':
    case 'evidence:add':
    case 'comment:create':
      return { ...request, id: randomUUID() } as Operation;
    case 'claim:update':
      return request.input.changes.reviewComment === undefined ? request : { ...request, commentId: randomUUID() };
    default:
      return request;
  }
}
