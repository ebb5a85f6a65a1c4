import { randomUUID } from 'node:crypto';
import type { Claim, HistoryEntry } from '../../shared/domain/schemas.ts';
import { applyOperation, type OpContext, type Operation } from '../../shared/ops/apply.ts';
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
    if (!opId) return this.execute(request, ctx);
    const key = `${ctx.actorId}:${opId}`;
    const stored = Object.hasOwn(this.store.state.ops, key) ? this.store.state.ops[key]! : undefined;
    if (stored) return Promise.resolve({ ack: stored.ack as Ack<object> });
    const running = this.inflight.get(key);
    if (running) return running.then(({ ack }) => ({ ack }));
    const promise = this.execute(request, ctx, key).finally(() => this.inflight.delete(key));
    this.inflight.set(key, promise);
    return promise;
  }

  private async execute(request: OperationRequest, ctx: OpContext, opKey?: string): Promise<OperationOutcome> {
    const op = withIds(request);
    try {
      return await this.store.commit<OperationOutcome>((state) => {
        const result = applyOperation(state, op, ctx);
        if (!result.ok) {
          const ack = result.current ? { ok: false as const, error: result.error, current: result.current } : { ok: false as const, error: result.error };
          return { result: { ack } };
        }
        const articleId = result.claim.articleId;
        if (!result.changed || !result.history) {
          return { result: { ack: presentAck(op, result.claim, undefined, currentSeq(state, articleId)) } };
        }
        const history = result.history;
        const { event, payload } = describeBroadcast(op, result.claim, result.comment, history);
        let next: DbData = withHistory(result.state, history);
        const appended = appendChange(next, articleId, (seq) => ({ event, payload: { ...payload, seq } }), this.logCap);
        next = appended.next;
        const ack = presentAck(op, result.claim, result.comment, appended.seq);
        if (opKey) next = withStoredOp(next, opKey, { userId: ctx.actorId ?? '', at: ctx.now, ack });
        return { next, result: { ack, broadcast: { articleId, event, payload: { ...payload, seq: appended.seq } } } };
      });
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      if (code === 'shutting_down' || code === 'storage_failed') return { ack: { ok: false, error: apiError(code) } };
      throw error;
    }
  }
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

function presentAck(op: Operation, claim: Claim, comment: unknown, seq: number): Ack<object> & Record<string, unknown> {
  if (op.type === 'claim:delete') return { ok: true, seq };
  if (op.type === 'comment:create') return { ok: true, comment, seq };
  return { ok: true, claim, seq };
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
