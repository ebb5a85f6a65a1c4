import { randomUUID } from 'node:crypto';
import type { Claim, HistoryEntry } from '../../shared/domain/schemas.ts';
import { applyOperation, applyRevision, type OpContext, type Operation } from '../../shared/ops/apply.ts';
import type { Article } from '../../shared/domain/schemas.ts';
import type { ArticleReviseInput } from '../../shared/protocol/payloads.ts';
import { apiError } from '../../shared/protocol/errors.ts';
import type { Ack, ServerToClientEvents } from '../../shared/protocol/events.ts';
import type { DbData, StoredOp } from '../store/db-schema.ts';
import type { WorkspaceStore } from '../store/workspace-store.ts';
import { appendChange, CHANGE_LOG_CAP, currentSeq } from './change-log.ts';

/** An operation as a client asks for it: the server chooses the ids of new things. */
export type OperationRequest =
  | Exclude<Operation, { id: string }>
  | Omit<Extract<Operation, { type: 'claim:create' }>, 'id'>
  | Omit<Extract<Operation, { type: 'evidence:add' }>, 'id'>
  | Omit<Extract<Operation, { type: 'comment:create' }>, 'id'>;

export interface Broadcast {
  articleId: string;
  event: keyof ServerToClientEvents;
  payload: Record<string, unknown>;
}

export interface OperationOutcome {
  ack: Ack<object>;
  /** What the others in the article must hear; absent when nothing changed. */
  broadcast?: Broadcast;
}

/** Kept ops: enough for retries after a lost ack or a reconnect; older ones are forgotten. */
export const OPS_CAP = 2000;

/**
 * Runs operations: idempotent by opId, numbered per article, recorded in the
 * claim's history and the article's change log, and settled only when the
 * write containing all of that is on disk.
 */
export class OperationRunner {
  /** Ops being applied right now, so a duplicate arriving meanwhile waits for the same result. */
  private readonly inflight = new Map<string, Promise<OperationOutcome>>();

  constructor(
    private readonly store: WorkspaceStore,
    private readonly logCap = CHANGE_LOG_CAP,
  ) {}

  run(request: OperationRequest, ctx: OpContext & { actorId: string }, opId?: string): Promise<OperationOutcome> {
    const op = withIds(request);
    return this.runPlan(ctx, opId, (state) => this.planOperation(state, op, ctx));
  }

  /** A new revision of an article, with its claims re-anchored, as one numbered change. */
  revise(input: ArticleReviseInput, ctx: OpContext & { actorId: string }, opId?: string): Promise<OperationOutcome> {
    return this.runPlan(ctx, opId, (state) => {
      const r = applyRevision(state, input, ctx);
      if (!r.ok) return { ack: r.article ? { ok: false, error: r.error, article: r.article } : { ok: false, error: r.error } };
      let next = withRevisionRecorded(r.state, state.articles[input.articleId]!, r.article, ctx);
      for (const h of r.history) next = withHistory(next, h);
      const payload = { articleId: r.article.id, article: r.article, claims: r.claims, result: r.result, history: r.history, by: ctx.actor };
      const appended = appendChange(next, r.article.id, (seq) => ({ event: 'article:revised', payload: { ...payload, seq } }), this.logCap);
      return {
        next: appended.next,
        ack: { ok: true, article: r.article, claims: r.claims, result: r.result, seq: appended.seq, history: r.history },
        broadcast: { articleId: r.article.id, event: 'article:revised', payload: { ...payload, seq: appended.seq } },
      };
    });
  }

  /**
   * Idempotency by opId (per person): a stored result is returned as it was;
   * a duplicate arriving while the original runs waits for it.
   */
  private runPlan(ctx: OpContext, opId: string | undefined, plan: (state: DbData) => Plan): Promise<OperationOutcome> {
    if (!opId) return this.execute(plan, ctx);
    const key = `${ctx.actorId}:${opId}`;
    const stored = Object.hasOwn(this.store.state.ops, key) ? this.store.state.ops[key]! : undefined;
    if (stored) return Promise.resolve({ ack: stored.ack as Ack<object> });
    const running = this.inflight.get(key);
    if (running) return running.then(({ ack }) => ({ ack }));
    const promise = this.execute(plan, ctx, key).finally(() => this.inflight.delete(key));
    this.inflight.set(key, promise);
    return promise;
  }

  private async execute(plan: (state: DbData) => Plan, ctx: OpContext, opKey?: string): Promise<OperationOutcome> {
    try {
      return await this.store.commit<OperationOutcome>((state) => {
        const { next, ack, broadcast } = plan(state);
        if (!next) return { result: { ack } };
        const stored = opKey ? withStoredOp(next, opKey, { userId: ctx.actorId ?? '', at: ctx.now, ack }) : next;
        return { next: stored, result: broadcast ? { ack, broadcast } : { ack } };
      });
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      if (code === 'shutting_down' || code === 'storage_failed') return { ack: { ok: false, error: apiError(code) } };
      throw error;
    }
  }

  private planOperation(state: DbData, op: Operation, ctx: OpContext): Plan {
    const result = applyOperation(state, op, ctx);
    if (!result.ok) {
      return { ack: result.current ? { ok: false, error: result.error, current: result.current } : { ok: false, error: result.error } };
    }
    const articleId = result.claim.articleId;
    if (!result.changed || !result.history) return { ack: presentAck(op, result.claim, undefined, currentSeq(state, articleId), null) };
    const { event, payload } = describeBroadcast(op, result.claim, result.comment, result.history);
    const appended = appendChange(withHistory(result.state, result.history), articleId, (seq) => ({ event, payload: { ...payload, seq } }), this.logCap);
    return {
      next: appended.next,
      ack: presentAck(op, result.claim, result.comment, appended.seq, result.history),
      broadcast: { articleId, event, payload: { ...payload, seq: appended.seq } },
    };
  }
}

/** What one operation would do: the next state (if it changes anything), its ack and broadcast. */
interface Plan {
  next?: DbData;
  ack: Ack<object>;
  broadcast?: Broadcast;
}

function withRevisionRecorded(state: DbData, before: Article, after: Article, ctx: OpContext): DbData {
  const list = Object.hasOwn(state.revisions, after.id) ? state.revisions[after.id]! : [];
  // The first revision on record is the text as it was before anyone revised it.
  const original = list.length === 0 ? [{ revision: before.revision, body: before.body, by: 'original', byId: null, at: before.updatedAt }] : [];
  return {
    ...state,
    revisions: { ...state.revisions, [after.id]: [...list, ...original, { revision: after.revision, body: after.body, by: ctx.actor, byId: ctx.actorId, at: ctx.now }] },
  };
}

function withIds(request: OperationRequest): Operation {
  switch (request.type) {
    case 'claim:create':
    case 'evidence:add':
    case 'comment:create':
      return { ...request, id: randomUUID() } as Operation;
    default:
      return request;
  }
}

/**
 * The sender's ack: the result, the article's seq after it, and the change's
 * history entry (null when the op changed nothing, which also tells the
 * client that this seq is not a new change of its own).
 */
function presentAck(op: Operation, claim: Claim, comment: unknown, seq: number, history: HistoryEntry | null): Ack<object> & Record<string, unknown> {
  if (op.type === 'claim:delete') return { ok: true, seq, history };
  if (op.type === 'comment:create') return { ok: true, comment, seq, history };
  return { ok: true, claim, seq, history };
}

function describeBroadcast(op: Operation, claim: Claim, comment: unknown, history: HistoryEntry): Omit<Broadcast, 'articleId'> {
  const base = { articleId: claim.articleId, history };
  switch (op.type) {
    case 'claim:create':
      return { event: 'claim:created', payload: { ...base, claim } };
    case 'claim:delete':
      return { event: 'claim:deleted', payload: { ...base, id: claim.id } };
    case 'claim:restore':
      return { event: 'claim:restored', payload: { ...base, claim } };
    case 'comment:create':
      return { event: 'comment:created', payload: { ...base, comment } };
    default:
      return { event: 'claim:updated', payload: { ...base, claim } };
  }
}

function withHistory(state: DbData, entry: HistoryEntry): DbData {
  const list = Object.hasOwn(state.history, entry.claimId) ? state.history[entry.claimId]! : [];
  return { ...state, history: { ...state.history, [entry.claimId]: [...list, entry] } };
}

function withStoredOp(state: DbData, key: string, op: StoredOp): DbData {
  let ops = { ...state.ops, [key]: op };
  const keys = Object.keys(ops);
  if (keys.length > OPS_CAP) {
    // Forget the oldest quarter in one go rather than one per op.
    const oldest = new Set(keys.sort((a, b) => ops[a]!.at.localeCompare(ops[b]!.at)).slice(0, keys.length - Math.floor(OPS_CAP * 0.75)));
    ops = Object.fromEntries(Object.entries(ops).filter(([k]) => !oldest.has(k)));
  }
  return { ...state, ops };
}
