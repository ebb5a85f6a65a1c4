import type { Claim, Comment } from '../../../shared/domain/schemas.ts';
import { applyOperation, claimsInReadingOrder, type Operation, type WorkspaceState } from '../../../shared/ops/apply.ts';
import { applyRevision } from '../../../shared/ops/article-ops.ts';
import type { ArticleReviseInput } from '../../../shared/protocol/payloads.ts';
import type { Ack, JoinResult, MissedEvent, PresenceUser, ServerToClientEvents } from '../../../shared/protocol/events.ts';
import type { ConnectionState, Realtime } from '../realtime/connection.ts';
import type { Delivery, MutationAck, WireOp } from '../realtime/wire.ts';
import type { Change } from '../state/workspaceReducer.ts';
import { article } from './fixtures.ts';

/**
 * The server's rules in miniature, for client tests: the shared
 * applyOperation, one sequence number per change, a change log for
 * catch-ups, idempotent opIds, and acks and broadcasts shaped like the real
 * ones (the sender gets the ack, everyone else the broadcast).
 */
export class FakeServer {
  state: WorkspaceState = { articles: { [article.id]: article }, claims: {}, comments: {} };
  seq = 0;
  log: MissedEvent[] = [];
  private readonly done = new Map<string, MutationAck>();
  private n = 0;
  /** How far back the log reaches (older catch-ups get a snapshot). */
  logCap = 500;

  apply(op: WireOp, actor: { id: string; name: string }): { ack: MutationAck; change?: Change } {
    const opId = (op.payload as { opId?: string }).opId;
    const key = opId && `${actor.id}:${opId}`;
    if (key && this.done.has(key)) return { ack: this.done.get(key)! };
    if (op.event === 'article:revise') return this.revise(op.payload, actor, key);
    const id = `srv-${++this.n}`;
    const { opId: _o, ...input } = op.payload as typeof op.payload & { opId?: string };
    const operation = { type: op.event, input, ...(op.event === 'comment:create' ? { mentions: [] } : {}), id } as unknown as Operation;
    const result = applyOperation(this.state, operation, { actor: actor.name, actorId: actor.id, now: new Date(Date.UTC(2024, 6, 4, 12, 0, this.n)).toISOString() });
    if (!result.ok) return { ack: result.current ? { ok: false, error: result.error, current: result.current } : { ok: false, error: result.error } };
    if (!result.changed || !result.history) return { ack: { ok: true, seq: this.seq, claim: result.claim } };
    this.state = result.state;
    const seq = ++this.seq;
    const base = { articleId: result.claim.articleId, seq, history: result.history };
    const change: Change =
      op.event === 'claim:create'
        ? { event: 'claim:created', payload: { ...base, claim: result.claim } }
        : op.event === 'claim:delete'
          ? { event: 'claim:deleted', payload: { ...base, id: result.claim.id } }
          : op.event === 'claim:restore'
            ? { event: 'claim:restored', payload: { ...base, claim: result.claim } }
            : op.event === 'comment:create'
              ? { event: 'comment:created', payload: { ...base, comment: result.comment! } }
              : { event: 'claim:updated', payload: { ...base, claim: result.claim } };
    this.log = [...this.log, { seq, event: change.event, payload: change.payload } as MissedEvent].slice(-this.logCap);
    const ack: MutationAck =
      op.event === 'claim:delete' ? { ok: true, seq } : op.event === 'comment:create' ? { ok: true, seq, comment: result.comment! } : { ok: true, seq, claim: result.claim };
    if (key) this.done.set(key, ack);
    return { ack, change };
  }

  /** A revision, as the server runs it: applyRevision, one numbered change, `article:revised` for the others. */
  private revise(payload: ArticleReviseInput & { opId?: string }, actor: { id: string; name: string }, key: string | undefined): { ack: MutationAck; change?: Change } {
    const { opId: _o, ...input } = payload;
    const now = new Date(Date.UTC(2024, 6, 4, 12, 0, ++this.n)).toISOString();
    const r = applyRevision(this.state, input, { actor: actor.name, actorId: actor.id, now });
    if (!r.ok) return { ack: r.article ? { ok: false, error: r.error, article: r.article } : { ok: false, error: r.error } };
    this.state = r.state;
    const seq = ++this.seq;
    const change: Change = {
      event: 'article:revised',
      payload: { articleId: r.article.id, seq, article: r.article, claims: r.claims, result: r.result, history: r.history, by: actor.name },
    };
    this.log = [...this.log, { seq, event: change.event, payload: change.payload } as MissedEvent].slice(-this.logCap);
    const ack: MutationAck = { ok: true, seq, article: r.article, claims: r.claims, result: r.result };
    if (key) this.done.set(key, ack);
    return { ack, change };
  }

  join(sinceSeq?: number, users: PresenceUser[] = []): JoinResult {
    const base = { article: this.state.articles[article.id]!, users, seq: this.seq };
    const oldest = this.log[0]?.seq ?? this.seq + 1;
    if (sinceSeq !== undefined && sinceSeq <= this.seq && sinceSeq + 1 >= oldest) {
      return { ...base, snapshot: false, missed: this.log.filter((e) => e.seq > sinceSeq) };
    }
    return { ...base, snapshot: true, claims: this.liveClaims(), comments: this.liveComments() };
  }

  liveClaims(): Claim[] {
    return claimsInReadingOrder(Object.values(this.state.claims), article.id);
  }

  liveComments(): Comment[] {
    return Object.values(this.state.comments).filter((c) => !this.state.claims[c.claimId]?.deleted);
  }
}

type Handler = (payload: never) => void;

/**
 * A Realtime wired to a FakeServer. The test decides when the link is up,
 * can lose broadcasts (to make gaps), lose acks (timeouts), and act as a
 * colleague whose changes are broadcast to this client.
 */
export class FakeRealtime implements Realtime {
  state: ConnectionState = 'connecting';
  connectionId: string | null = null;
  readonly sent: WireOp[] = [];
  readonly joins: (number | undefined)[] = [];
  /** Every `dashboard:watch` sent, in order, with whether it was connected to arrive. */
  readonly watches: Array<{ watch: boolean; connected: boolean }> = [];
  /** While true, broadcasts to this client are lost. */
  dropBroadcasts = false;
  /** The next n sends are applied but their acks lost. */
  loseAcks = 0;
  private readonly handlers = new Map<string, Set<Handler>>();
  private readonly stateListeners = new Set<(s: ConnectionState, e?: string) => void>();

  constructor(
    readonly server: FakeServer,
    readonly me = { id: 'u-layla', name: 'Layla' },
  ) {}

  /** `error`: why the link is down, as connect_error gives it (`unauthenticated` for a lost session). */
  setState(next: ConnectionState, error?: string): void {
    this.state = next;
    this.connectionId = next === 'connected' ? 'conn-me' : null;
    for (const l of this.stateListeners) l(next, error);
  }

  async joinArticle(_articleId: string, sinceSeq?: number) {
    this.joins.push(sinceSeq);
    if (this.state !== 'connected') return { ok: false as const, error: { code: 'internal_error' as const, message: 'offline' } };
    return { ok: true as const, ...this.server.join(sinceSeq) };
  }

  async leaveArticle() {
    return { ok: true as const };
  }

  async watchDashboard(watch: boolean): Promise<Ack> {
    this.watches.push({ watch, connected: this.state === 'connected' });
    if (this.state !== 'connected') return { ok: false as const, error: { code: 'internal_error' as const, message: 'offline' } };
    return { ok: true as const };
  }

  async send(op: WireOp): Promise<Delivery> {
    if (this.state !== 'connected') return { delivered: false, reason: 'offline' };
    this.sent.push(op);
    const { ack } = this.server.apply(op, this.me);
    if (this.loseAcks > 0) {
      this.loseAcks -= 1;
      return { delivered: false, reason: 'timeout' };
    }
    return { delivered: true, ack };
  }

  updatePresence(): void {}

  /** A colleague changes something; this client hears it unless broadcasts are being dropped. */
  colleague(op: WireOp, who = { id: 'u-omar', name: 'Omar' }): MutationAck {
    const { ack, change } = this.server.apply(op, who);
    if (change && this.state === 'connected' && !this.dropBroadcasts) this.emit(change.event, change.payload as never);
    return ack;
  }

  emit<E extends keyof ServerToClientEvents>(event: E, payload: Parameters<ServerToClientEvents[E]>[0]): void {
    for (const h of this.handlers.get(event) ?? []) h(payload as never);
  }

  on<E extends keyof ServerToClientEvents>(event: E, handler: ServerToClientEvents[E]): () => void {
    const set = this.handlers.get(event) ?? new Set<Handler>();
    set.add(handler as Handler);
    this.handlers.set(event, set);
    return () => set.delete(handler as Handler);
  }

  onState(listener: (s: ConnectionState, e?: string) => void): () => void {
    this.stateListeners.add(listener);
    listener(this.state);
    return () => this.stateListeners.delete(listener);
  }

  close(): void {}
}
