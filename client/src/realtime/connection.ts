import { io, type Socket } from 'socket.io-client';
import type { Ack, ClientToServerEvents, JoinResult, ServerToClientEvents } from '../../../shared/protocol/events.ts';
import type { PresenceUpdateInput, SuggestionDismissInput } from '../../../shared/protocol/payloads.ts';
import { UNAUTHENTICATED } from './unauthenticated.ts';
import type { Delivery, MutationAck, WireOp } from './wire.ts';
import type { ApiError } from '../../../shared/protocol/errors.ts';
import { localizeError, transportError } from '../i18n/errors.ts';
import type { MentionsSeenMark } from '../../../shared/domain/mentions-seen.ts';

/**
 * The only module that knows about socket.io. Components and state talk to a
 * `Realtime` object: joins that resolve to an Ack (never throw), mutations
 * that resolve to a Delivery (acked, or not known to be applied), volatile
 * presence, event subscriptions, and the connection state. Keeping the
 * socket behind this narrow API lets tests hand in a fake.
 */

export type ConnectionState = 'connecting' | 'connected' | 'disconnected';
export type ServerEventName = keyof ServerToClientEvents;
type StateListener = (state: ConnectionState, error?: string) => void;

export interface Realtime {
  readonly state: ConnectionState;
  /** This connection's id, as presence lists it (null while not connected). */
  readonly connectionId: string | null;
  /** Joins an article; with `sinceSeq`, the answer holds only the changes missed since. */
  joinArticle(articleId: string, sinceSeq?: number): Promise<Ack<JoinResult>>;
  leaveArticle(articleId: string): Promise<Ack>;
  /**
   * Starts (or stops) hearing `dashboard:changed`. The server forgets this
   * with the connection, so it must be sent again after every reconnect.
   */
  watchDashboard(watch: boolean): Promise<Ack>;
  /** Sends one mutation (its payload carries the opId) and waits for the ack. */
  send(op: WireOp): Promise<Delivery>;
  /**
   * Dismisses a suggested claim for everyone. Not queued offline (it hides
   * a proposal, it records no work): refused at once when not connected.
   */
  dismissSuggestion(input: SuggestionDismissInput): Promise<Ack<{ key: string; seq: number }>>;
  /** Volatile: dropped when not connected, never acked. The caller throttles. */
  updatePresence(input: PresenceUpdateInput): void;
  /** The signed-in person's mentions seen in an article, kept with their account (client/src/comments/mentionsSync.ts). */
  mentionsSeen?(articleId: string): Promise<Ack<{ mark: MentionsSeenMark }>>;
  markMentionSeen?(articleId: string, commentId: string): Promise<Ack<{ mark: MentionsSeenMark }>>;
  /** Subscribes to a server broadcast; returns the unsubscribe function. */
  on<E extends ServerEventName>(event: E, handler: ServerToClientEvents[E]): () => void;
  /** Called now with the current state, then on every change. */
  onState(listener: StateListener): () => void;
  close(): void;
}

/** How long a request waits for its ack before it counts as not delivered. */
export const ACK_TIMEOUT_MS = 10_000;
/** How often to look whether the browser is back online, in case no `online` event comes. */
const ONLINE_CHECK_MS = 10_000;

// Built when they happen, so they are worded in the interface language of that moment.
const offline = () => ({ ok: false as const, error: transportError('offline') });
const timedOut = () => ({ ok: false as const, error: transportError('timedOut') });
/** A refusal from the server, worded for the person (the code stays as sent). */
function localizedAck<A extends { ok: boolean }>(ack: A): A {
  return !ack.ok && 'error' in ack ? { ...ack, error: localizeError(ack.error as ApiError) } : ack;
}

export { UNAUTHENTICATED };

/** socket.io's emit typing cannot follow a union of events; mutations go through this. */
type TimedSocket = ReturnType<Socket<ServerToClientEvents, ClientToServerEvents>['timeout']>;
type MutationReply = (err: Error | null, ack: MutationAck) => void;

/**
 * Sends one mutation through the typed event map. The switch pairs each
 * event with its own payload (a union of pairs cannot be passed to emit as
 * it is); every declared ack fits MutationAck (checked in wire.ts).
 */
function emitMutation(target: TimedSocket, op: WireOp, reply: MutationReply): void {
  switch (op.event) {
    case 'claim:create':
      return void target.emit(op.event, op.payload, reply);
    case 'claim:update':
      return void target.emit(op.event, op.payload, reply);
    case 'claim:delete':
      return void target.emit(op.event, op.payload, reply);
    case 'claim:restore':
      return void target.emit(op.event, op.payload, reply);
    case 'evidence:add':
      return void target.emit(op.event, op.payload, reply);
    case 'evidence:remove':
      return void target.emit(op.event, op.payload, reply);
    case 'comment:create':
      return void target.emit(op.event, op.payload, reply);
    case 'claim:reattach':
      return void target.emit(op.event, op.payload, reply);
    case 'article:revise':
      return void target.emit(op.event, op.payload, reply);
    default:
      op satisfies never;
  }
}

/**
 * Opens the socket. It is authenticated by the session cookie, which the
 * browser sends with the handshake; the display name comes from the account.
 */
export function connect(url?: string): Realtime {
  // WebSocket only, no long-polling: with several server nodes behind a load
  // balancer any node can then take any connection, without sticky sessions.
  const options = { transports: ['websocket'] };
  const socket: Socket<ServerToClientEvents, ClientToServerEvents> = url ? io(url, options) : io(options);
  let state: ConnectionState = 'connecting';
  let lastError: string | undefined;
  let lastKick = 0;
  const listeners = new Set<StateListener>();
  /** Mutations awaiting their ack; a drop settles them at once rather than after the timeout. */
  const inflight = new Set<(d: Delivery) => void>();

  const setState = (next: ConnectionState, error?: string) => {
    state = next;
    lastError = error;
    for (const l of listeners) l(state, lastError);
  };
  socket.on('connect', () => setState('connected'));
  // After a drop socket.io keeps retrying on its own; the UI still says the
  // link is down until a retry succeeds, which is what the user needs to know.
  socket.on('disconnect', (reason) => {
    // An ack can no longer arrive on this connection; the outbox resends the
    // same ops (same opIds) after the next join, and the server applies each once.
    for (const settle of [...inflight]) settle({ delivered: false, reason: 'disconnected' });
    inflight.clear();
    setState('disconnected');
    // The server closed this socket on purpose (its account was deactivated,
    // say) and socket.io will not retry: try once more, so a lost session
    // surfaces as `unauthenticated` and anything else reconnects. At most
    // one such retry per few seconds, so a server that keeps closing us is
    // not hammered.
    if (reason === 'io server disconnect' && Date.now() - lastKick > 5000) {
      lastKick = Date.now();
      socket.connect();
    }
  });
  socket.on('connect_error', (err) => {
    if (err.message === UNAUTHENTICATED) {
      // No session (signed out elsewhere, expired, deactivated): retrying
      // cannot help; the app shows the sign-in page on this error.
      socket.disconnect();
      return setState('disconnected', UNAUTHENTICATED);
    }
    // `active` is false when the server refused us: no retry follows.
    setState('disconnected', socket.active ? undefined : err.message);
  });

  // The browser knows before socket.io's heartbeat does that the network is
  // gone: drop at once, so changes queue instead of waiting out a timeout.
  // After that, socket.io does not retry by itself: the `online` event (or,
  // should a platform never fire it, a periodic look at navigator.onLine)
  // reconnects.
  let pausedOffline = false;
  const goOffline = () => {
    pausedOffline = true;
    if (socket.connected || socket.active) socket.disconnect();
    setState('disconnected');
  };
  const goOnline = () => {
    if (!pausedOffline || lastError === UNAUTHENTICATED) return;
    pausedOffline = false;
    if (!socket.connected) socket.connect();
  };
  const hasWindow = typeof window !== 'undefined';
  let watchdog: ReturnType<typeof setInterval> | undefined;
  if (hasWindow) {
    window.addEventListener('offline', goOffline);
    window.addEventListener('online', goOnline);
    watchdog = setInterval(() => {
      if (pausedOffline && navigator.onLine !== false) goOnline();
    }, ONLINE_CHECK_MS);
  }

  async function request<T extends object>(send: () => Promise<Ack<T>>): Promise<Ack<T>> {
    if (!socket.connected) return offline();
    try {
      return localizedAck(await send());
    } catch {
      return timedOut();
    }
  }
  const withTimeout = () => socket.timeout(ACK_TIMEOUT_MS);

  return {
    get state() {
      return state;
    },
    get connectionId() {
      return socket.connected ? (socket.id ?? null) : null;
    },
    joinArticle: (articleId, sinceSeq) =>
      request(() => withTimeout().emitWithAck('article:join', { articleId, ...(sinceSeq === undefined ? {} : { sinceSeq }) })),
    leaveArticle: (articleId) => request(() => withTimeout().emitWithAck('article:leave', { articleId })),
    watchDashboard: (watch) => request(() => withTimeout().emitWithAck('dashboard:watch', { watch })),
    dismissSuggestion: (input) => request(() => withTimeout().emitWithAck('suggestion:dismiss', input)),
    mentionsSeen: (articleId) => request(() => withTimeout().emitWithAck('mentions:get', { articleId })),
    markMentionSeen: (articleId, commentId) => request(() => withTimeout().emitWithAck('mentions:seen', { articleId, commentId })),
    send(op) {
      if (!socket.connected) return Promise.resolve({ delivered: false, reason: 'offline' });
      return new Promise<Delivery>((resolve) => {
        const settle = (d: Delivery) => {
          if (!inflight.delete(settle)) return;
          resolve(d);
        };
        inflight.add(settle);
        emitMutation(withTimeout(), op, (err, ack) => settle(err ? { delivered: false, reason: 'timeout' } : { delivered: true, ack: localizedAck(ack) }));
      });
    },
    updatePresence(input) {
      if (socket.connected) socket.volatile.emit('presence:update', input);
    },
    on(event, handler) {
      // socket.io's listener typing cannot follow a generic event name.
      const listener = handler as never;
      socket.on(event, listener);
      return () => {
        socket.off(event, listener);
      };
    },
    onState(listener) {
      listeners.add(listener);
      listener(state, lastError);
      return () => {
        listeners.delete(listener);
      };
    },
    close() {
      listeners.clear();
      if (hasWindow) {
        window.removeEventListener('offline', goOffline);
        window.removeEventListener('online', goOnline);
        clearInterval(watchdog);
      }
      socket.close();
    },
  };
}
