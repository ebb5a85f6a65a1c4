import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import { memoryLimiters, type LimiterFactory } from '../cluster/rate-limiters.ts';
import { can, type Action } from '../../shared/domain/roles.ts';
import { apiError } from '../../shared/protocol/errors.ts';
import type { Ack } from '../../shared/protocol/events.ts';
import { sessionUser } from '../accounts/account-commands.ts';
import { sessionToken } from '../http/session-cookie.ts';
import { foreignOrigin } from '../http/guards.ts';
import type { Logger } from '../logger.ts';
import type { WorkspaceReader } from '../store/store.ts';
import type { InboundGuards } from './inbound.ts';
import type { IsnadServer, IsnadSocket } from './socket-types.ts';

export interface MutationRate {
  /** Mutations one person may send per `seconds` (over all their connections). */
  points: number;
  seconds: number;
}
/** Generous enough for a long offline queue replayed one change at a time, low enough to stop a flood. */
export const DEFAULT_MUTATION_RATE: MutationRate = { points: 300, seconds: 10 };

/** The role action each inbound event needs. */
export const EVENT_ACTION: Record<string, Action> = {
  'article:join': 'article:read',
  'article:leave': 'article:read',
  'presence:update': 'article:read',
  'claim:create': 'claim:create',
  'claim:update': 'claim:edit',
  'claim:delete': 'claim:delete-own',
  'claim:restore': 'claim:delete-own',
  'evidence:add': 'evidence:add',
  'evidence:remove': 'evidence:add',
  'comment:create': 'comment:create',
  'article:revise': 'article:revise',
  'claim:reattach': 'claim:edit',
  // Dismissing decides what colleagues are offered: for those who may capture claims.
  'suggestion:dismiss': 'claim:create',
  'dashboard:watch': 'article:read',
  'mentions:seen': 'article:read',
  'mentions:get': 'article:read',
};
const UNLIMITED = new Set(['article:join', 'article:leave', 'presence:update', 'dashboard:watch']);

/** The handshake: only a live session's user gets a connection. */
export function authenticateSockets(io: IsnadServer, store: WorkspaceReader, logger: Logger): void {
  io.use(async (socket, next) => {
    // A page on another origin (another port of this host is the same site, so the cookie goes along) must not get our socket.
    const { origin, host } = socket.request.headers;
    if (foreignOrigin(origin, host)) {
      logger.warn({ security: 'socket_cross_origin', origin, address: socket.handshake.address }, 'socket refused');
      next(new Error('forbidden'));
      return;
    }
    const token = sessionToken(socket.request.headers.cookie);
    const user = await sessionUser(store, token);
    if (!user || !token) {
      logger.warn({ security: 'socket_unauthenticated', address: socket.handshake.address }, 'socket refused');
      next(new Error('unauthenticated'));
      return;
    }
    socket.data.user = { id: user.id, name: user.name, role: user.role };
    socket.data.sessionToken = token;
    next();
  });
}

/**
 * Per packet: the session must still be live (a sign-out or deactivation
 * since the handshake counts at once), the role must allow the event, and
 * mutations are rate-limited per person.
 */
export function connectionGuards(
  socket: IsnadSocket,
  deps: { store: WorkspaceReader; logger: Logger; limiter: RateLimiterAbstract },
): InboundGuards {
  const { store, logger, limiter } = deps;
  /** The checks of the previous packet: each packet waits for them, so packets start in the order they came. */
  let previous: Promise<unknown> = Promise.resolve();
  return {
    onCrash: (error, event) => logger.error({ event, err: error }, 'handler crashed'),
    before(event) {
      // The checks read the store (a database round trip on PostgreSQL): without this, a later
      // presence update could overtake an earlier one, and a person's last selection be lost.
      const checked = previous.then(() => check(event));
      previous = checked.catch(() => undefined);
      return checked;
    },
  };

  async function check(event: string): Promise<Ack<object> | null> {
    if (!(await sessionUser(store, socket.data.sessionToken))) {
      socket.disconnect(true);
      return { ok: false, error: apiError('unauthenticated') };
    }
    const { user } = socket.data;
    if (!can(user.role, EVENT_ACTION[event]!)) {
      logger.warn({ security: 'forbidden', userId: user.id, role: user.role, event }, 'forbidden event');
      return { ok: false, error: apiError('forbidden') };
    }
    if (!UNLIMITED.has(event)) {
      try {
        // Per person, not per connection: more tabs or more nodes give no more budget.
        await limiter.consume(user.id);
      } catch {
        logger.warn({ security: 'rate_limited', userId: user.id, event }, 'mutation rate limited');
        return { ok: false, error: apiError('rate_limited') };
      }
    }
    return null;
  }
}

export const mutationLimiter = (rate: MutationRate, limiters: LimiterFactory = memoryLimiters) => limiters('mutations', rate.points, rate.seconds);
