import { io, type Socket } from 'socket.io-client';
import type { Ack, ClientToServerEvents, JoinResult, ServerToClientEvents } from '../../../shared/protocol/events.ts';
import type { Claim } from '../../../shared/domain/schemas.ts';
import type { ClaimCreateInput, ClaimUpdateInput } from '../../../shared/protocol/payloads.ts';

/**
 * The only module that knows about socket.io. Components and state talk to a
 * `Realtime` object: promise-returning requests that always resolve to an Ack
 * (never throw), event subscriptions, and the connection state. Keeping the
 * socket behind this narrow API lets tests hand in a fake.
 */

export type ConnectionState = 'connecting' | 'connected' | 'disconnected';
export type ServerEventName = keyof ServerToClientEvents;
type StateListener = (state: ConnectionState, error?: string) => void;

export interface Realtime {
  readonly state: ConnectionState;
  joinArticle(articleId: string): Promise<Ack<JoinResult>>;
  leaveArticle(articleId: string): Promise<Ack>;
  createClaim(input: ClaimCreateInput): Promise<Ack<{ claim: Claim }>>;
  updateClaim(input: ClaimUpdateInput): Promise<Ack<{ claim: Claim }>>;
  deleteClaim(id: string): Promise<Ack>;
  restoreClaim(id: string): Promise<Ack<{ claim: Claim }>>;
  /** Subscribes to a server broadcast; returns the unsubscribe function. */
  on<E extends ServerEventName>(event: E, handler: ServerToClientEvents[E]): () => void;
  /** Called now with the current state, then on every change. */
  onState(listener: StateListener): () => void;
  close(): void;
}

/** How long a request waits for its ack before it counts as failed. */
export const ACK_TIMEOUT_MS = 10_000;

const offline = { ok: false as const, error: { code: 'internal_error' as const, message: 'Offline: the change was not sent. Try again when the connection is back.' } };
const timedOut = { ok: false as const, error: { code: 'internal_error' as const, message: 'The server did not answer in time; the change may not have been saved.' } };

/** The connect error a server without a valid session cookie answers with. */
export const UNAUTHENTICATED = 'unauthenticated';

/**
 * Opens the socket. It is authenticated by the session cookie, which the
 * browser sends with the handshake; the display name comes from the account.
 */
export function connect(url?: string): Realtime {
  const socket: Socket<ServerToClientEvents, ClientToServerEvents> = url ? io(url) : io();
  let state: ConnectionState = 'connecting';
  let lastError: string | undefined;
  let lastKick = 0;
  const listeners = new Set<StateListener>();

  const setState = (next: ConnectionState, error?: string) => {
    state = next;
    lastError = error;
    for (const l of listeners) l(state, lastError);
  };
  socket.on('connect', () => setState('connected'));
  // After a drop socket.io keeps retrying on its own; the UI still says the
  // link is down until a retry succeeds, which is what the user needs to know.
  socket.on('disconnect', (reason) => {
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

  /** Fails fast when offline rather than queueing: a queued edit would be lost on re-join anyway. */
  async function request<T extends object>(send: () => Promise<Ack<T>>): Promise<Ack<T>> {
    if (!socket.connected) return offline;
    try {
      return await send();
    } catch {
      return timedOut;
    }
  }
  const withTimeout = () => socket.timeout(ACK_TIMEOUT_MS);

  return {
    get state() {
      return state;
    },
    joinArticle: (articleId) => request(() => withTimeout().emitWithAck('article:join', { articleId })),
    leaveArticle: (articleId) => request(() => withTimeout().emitWithAck('article:leave', { articleId })),
    createClaim: (input) => request(() => withTimeout().emitWithAck('claim:create', input)),
    updateClaim: (input) => request(() => withTimeout().emitWithAck('claim:update', input)),
    deleteClaim: (id) => request(() => withTimeout().emitWithAck('claim:delete', { id })),
    restoreClaim: (id) => request(() => withTimeout().emitWithAck('claim:restore', { id })),
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
      socket.close();
    },
  };
}
