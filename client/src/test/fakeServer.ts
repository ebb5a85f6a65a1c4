import type { Claim, Comment } from '../../../shared/domain/schemas.ts';
import { applyOperation, claimsInReadingOrder, type OpContext, type Operation, type WorkspaceState } from '../../../shared/ops/apply.ts';
import { applyRevision } from '../../../shared/ops/article-ops.ts';
import { changesSinceIn, joinAnswer } from '../../../shared/ops/catch-up.ts';
import { opKey, operationAck, operationChange, refusedAck, revisionAck, revisionChange } from '../../../shared/ops/outcome.ts';
import type { ArticleReviseInput, SuggestionDismissInput } from '../../../shared/protocol/payloads.ts';
import { dismissSuggestion } from '../../../shared/suggest/dismissal.ts';
import type { Ack, ChangeBroadcast, JoinResult, MissedEvent, PresenceUser, ServerToClientEvents } from '../../../shared/protocol/events.ts';
import type { ConnectionState, Realtime } from '../realtime/connection.ts';
import type { Delivery, MutationAck, WireOp } from '../realtime/wire.ts';
import type { Change } from '../state/workspaceReducer.ts';
import { article } from './fixtures.ts';
import { DEFAULT_RATING_SCALE, type RatingScale } from '../../../shared/domain/ratings.ts';
import type { Role } from '../../../shared/domain/roles.ts';

/**
 * The server's operation runner without its store, for client tests: the
 * same shared apply functions, and the same shared code that turns their
 * result into the sender's ack and the others' broadcast (shared/ops/
 * outcome.ts), the same per-person opId key, and the same catch-up rule
 * for joins (shared/ops/catch-up.ts). What is left here is storage: one
 * article's state, its sequence number, a change log for catching up, and
 * the acks kept for retries. The sender gets the ack, everyone else the
 * broadcast.
 */
export class FakeServer {
  state: WorkspaceState = { articles: { [article.id]: article }, claims: {}, comments: {} };
  seq = 0;
  log: MissedEvent[] = [];
  private readonly done = new Map<string, MutationAck>();
  private n = 0;
  /** How far back the log reaches (older catch-ups get a snapshot). */
  logCap = 500;

  /** The workspace's rating scale, as the server reads it from its settings. */
  ratings: RatingScale = DEFAULT_RATING_SCALE;

  apply(op: WireOp, actor: { id: string; name: string; role?: Role }): { ack: MutationAck; change?: Change } {
    const opId = op.payload.opId;
    const key = opId === undefined ? undefined : opKey(actor.id, opId);
    const stored = key === undefined ? undefined : this.done.get(key);
    if (stored) return { ack: stored };
    // Every change at its own instant, so history and activity order like the server's.
    const ctx: OpContext = { actor: actor.name, actorId: actor.id, now: new Date(Date.UTC(2024, 6, 4, 12, 0, ++this.n)).toISOString(), ratings: this.ratings };
    if (actor.role) ctx.role = actor.role;
    const outcome = op.event === 'article:revise' ? this.revise(op.payload, ctx) : this.operate(toOperation(op, `srv-${this.n}`), ctx);
    if (key !== undefined && outcome.change) this.done.set(key, outcome.ack);
    return outcome;
  }

  /** As the server's planOperation, minus the limits (LIMITS) it checks under the article's lock. */
  private operate(op: Operation, ctx: OpContext): { ack: MutationAck; change?: Change } {
    const result = applyOperation(this.state, op, ctx);
    if (!result.ok) return { ack: refusedAck(result) };
    if (!result.changed || !result.history) return { ack: operationAck(op, { claim: result.claim, history: null }, this.seq) };
    this.state = result.state;
    const made = { claim: result.claim, comment: result.comment, history: result.history };
    const change = this.record(operationChange(op, made, this.seq + 1));
    return { ack: operationAck(op, made, change.payload.seq), change };
  }

  private revise({ opId: _o, ...input }: ArticleReviseInput & { opId?: string }, ctx: OpContext): { ack: MutationAck; change?: Change } {
    const r = applyRevision(this.state, input, ctx);
    if (!r.ok) return { ack: refusedAck(r) };
    this.state = r.state;
    const change = this.record(revisionChange(r, this.seq + 1, ctx.actor));
    return { ack: revisionAck(r, change.payload.seq), change };
  }

  /** As the server's planDismissal: the key on the article, one numbered change, no history. */
  dismiss({ opId: _o, ...input }: SuggestionDismissInput): { ack: Ack<{ key: string; seq: number }>; change?: Change } {
    const r = dismissSuggestion(this.state.articles[input.articleId], input);
    if (!r.ok) return { ack: { ok: false, error: r.error } };
    if (!r.changed) return { ack: { ok: true, key: r.key, seq: this.seq } };
    this.state = { ...this.state, articles: { ...this.state.articles, [r.article.id]: r.article } };
    const change = this.record({ articleId: r.article.id, event: 'suggestion:dismissed', payload: { articleId: r.article.id, seq: this.seq + 1, key: r.key, history: null } });
    return { ack: { ok: true, key: r.key, seq: change.payload.seq }, change };
  }

  /** Numbers the change and keeps it for catching up, as the store's appendChange does. */
  private record<C extends ChangeBroadcast>(change: C): C {
    this.seq = change.payload.seq;
    this.log.push({ seq: this.seq, event: change.event, payload: change.payload } as MissedEvent);
    if (this.log.length > this.logCap) this.log.splice(0, this.log.length - this.logCap);
    return change;
  }

  join(sinceSeq?: number, users: PresenceUser[] = []): JoinResult {
    const missed = sinceSeq === undefined ? null : changesSinceIn(this.log, (e) => e.seq, this.seq, sinceSeq);
    return joinAnswer({ article: this.state.articles[article.id]!, users, seq: this.seq }, missed, Object.values(this.state.claims), this.liveComments());
  }

  /** The server's view, for comparing with the client's. */
  liveClaims(): Claim[] {
    return claimsInReadingOrder(Object.values(this.state.claims), article.id);
  }

  liveComments(): Comment[] {
    return Object.values(this.state.comments).filter((c) => !this.state.claims[c.claimId]?.deleted);
  }
}

/**
 * An operation as the server's socket handlers make it from a mutation: the
 * payload without its opId, a server-chosen id for what it creates, and for
 * a comment the accounts it @mentions (the fake knows no accounts).
 */
function toOperation(op: Exclude<WireOp, { event: 'article:revise' }>, id: string): Operation {
  const { opId: _o, ...input } = op.payload;
  // `commentId`: a claim sent back with a comment makes one (other operations ignore it).
  return { type: op.event, input, id, mentions: [], commentId: id } as Operation;
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
    readonly me: { id: string; name: string; role?: Role } = { id: 'u-layla', name: 'Layla', role: 'reviewer' },
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

  async dismissSuggestion(input: SuggestionDismissInput) {
    if (this.state !== 'connected') return { ok: false as const, error: { code: 'internal_error' as const, message: 'offline' } };
    return this.server.dismiss(input).ack;
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
  colleague(op: WireOp, who: { id: string; name: string; role?: Role } = { id: 'u-omar', name: 'Omar', role: 'reviewer' }): MutationAck {
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
