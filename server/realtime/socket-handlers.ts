import { RateLimiterMemory } from 'rate-limiter-flexible';
import { can, canDeleteClaim, type Action } from '../../shared/domain/roles.ts';
import { claimsInReadingOrder } from '../../shared/ops/apply.ts';
import { ArticleJoinSchema, ClaimCreateSchema, ClaimIdSchema, ClaimUpdateSchema } from '../../shared/protocol/payloads.ts';
import { apiError } from '../../shared/protocol/errors.ts';
import type { Ack } from '../../shared/protocol/events.ts';
import { sessionUser } from '../accounts/account-commands.ts';
import { tokenKey } from '../accounts/tokens.ts';
import { runClaimOperation, type ClaimCommand, type CommandResult } from '../commands/claim-commands.ts';
import { sessionToken } from '../http/session-cookie.ts';
import type { WorkspaceStore } from '../store/workspace-store.ts';
import type { Logger } from '../logger.ts';
import { onEvent, type InboundGuards } from './inbound.ts';
import { PresenceRegistry } from './presence.ts';
import { articleRoom, sessionRoom, userRoom, type IsnadServer, type IsnadSocket } from './socket-types.ts';

export interface MutationRate {
  /** Mutations one connection may send per `seconds`. */
  points: number;
  seconds: number;
}
export const DEFAULT_MUTATION_RATE: MutationRate = { points: 100, seconds: 10 };

export interface RealtimeDeps {
  store: WorkspaceStore;
  logger: Logger;
  mutationRate?: MutationRate;
}

const EVENT_ACTION: Record<string, Action> = {
  'article:join': 'article:read',
  'article:leave': 'article:read',
  'claim:create': 'claim:create',
  'claim:update': 'claim:edit',
  'claim:delete': 'claim:delete-own',
  'claim:restore': 'claim:delete-own',
};
const MUTATIONS = new Set(['claim:create', 'claim:update', 'claim:delete', 'claim:restore']);

/**
 * Wires socket.io: the handshake is authenticated by the session cookie, then
 * each event is authorized, rate-limited, validated, run as one command,
 * acked, and broadcast to the others in the article, in that order, and only
 * after the change is on disk.
 */
export function attachRealtime(io: IsnadServer, { store, logger, mutationRate = DEFAULT_MUTATION_RATE }: RealtimeDeps): void {
  const presence = new PresenceRegistry();
  const limiter = new RateLimiterMemory({ points: mutationRate.points, duration: mutationRate.seconds });

  io.use((socket, next) => {
    const token = sessionToken(socket.request.headers.cookie);
    const user = sessionUser(store.state, token);
    if (!user || !token) {
      logger.warn({ security: 'socket_unauthenticated', address: socket.handshake.address }, 'socket refused');
      next(new Error('unauthenticated'));
      return;
    }
    socket.data.user = { id: user.id, name: user.name, role: user.role };
    socket.data.sessionToken = token;
    next();
  });

  const onCrash = (error: unknown, event: string) => logger.error({ event, err: error }, 'handler crashed');

  const publishPresence = (articleId: string) =>
    io.to(articleRoom(articleId)).emit('presence', { articleId, users: presence.users(articleId) });

  io.on('connection', (socket: IsnadSocket) => {
    void socket.join([userRoom(socket.data.user.id), sessionRoom(tokenKey(socket.data.sessionToken))]);

    const guards: InboundGuards = {
      onCrash,
      async before(event) {
        // The session may have ended since the handshake: check it on every packet.
        if (!sessionUser(store.state, socket.data.sessionToken)) {
          socket.disconnect(true);
          return { ok: false, error: apiError('unauthenticated') };
        }
        const { user } = socket.data;
        if (!can(user.role, EVENT_ACTION[event]!)) {
          logger.warn({ security: 'forbidden', userId: user.id, role: user.role, event }, 'forbidden event');
          return { ok: false, error: apiError('forbidden') };
        }
        if (MUTATIONS.has(event)) {
          try {
            await limiter.consume(socket.id);
          } catch {
            logger.warn({ security: 'rate_limited', userId: user.id, event }, 'mutation rate limited');
            return { ok: false, error: apiError('rate_limited') };
          }
        }
        return null;
      },
    };

    onEvent(socket, 'article:join', ArticleJoinSchema, async ({ articleId }) => {
      const state = store.state;
      const article = Object.hasOwn(state.articles, articleId) ? state.articles[articleId] : undefined;
      if (!article) return { ok: false, error: apiError('not_found') };
      await socket.join(articleRoom(articleId));
      presence.join(articleId, socket.id, socket.data.user.name);
      publishPresence(articleId);
      return {
        ok: true,
        article,
        claims: claimsInReadingOrder(Object.values(state.claims), articleId),
        users: presence.users(articleId),
      };
    }, guards);

    onEvent(socket, 'article:leave', ArticleJoinSchema, async ({ articleId }) => {
      if (!Object.hasOwn(store.state.articles, articleId)) return { ok: false, error: apiError('not_found') };
      await socket.leave(articleRoom(articleId));
      if (presence.leave(articleId, socket.id)) publishPresence(articleId);
      return { ok: true };
    }, guards);

    const run = async (command: ClaimCommand, present: (r: Extract<CommandResult, { ok: true }>) => void) => {
      const { user } = socket.data;
      const result = await runClaimOperation(store, command, { actor: user.name, actorId: user.id, now: new Date().toISOString() });
      if (!result.ok) return result satisfies Ack;
      if (result.changed) present(result);
      return result;
    };
    const others = (articleId: string) => socket.to(articleRoom(articleId));
    /** Reviewers delete (and undelete) only their own claims; editors any. */
    const mayDelete = (id: string): Ack | null => {
      const claim = Object.hasOwn(store.state.claims, id) ? store.state.claims[id] : undefined;
      if (!claim) return { ok: false, error: apiError('not_found') };
      const { user } = socket.data;
      if (canDeleteClaim(user.role, user.id, claim.createdById)) return null;
      logger.warn({ security: 'forbidden', userId: user.id, role: user.role, claimId: id }, 'delete of another person\'s claim refused');
      return { ok: false, error: apiError('forbidden') };
    };

    onEvent(socket, 'claim:create', ClaimCreateSchema, async (input) => {
      const r = await run({ type: 'claim:create', input }, ({ claim }) =>
        others(claim.articleId).emit('claim:created', { articleId: claim.articleId, claim }));
      return r.ok ? { ok: true, claim: r.claim } : r;
    }, guards);

    onEvent(socket, 'claim:update', ClaimUpdateSchema, async (input) => {
      const r = await run({ type: 'claim:update', input }, ({ claim }) =>
        others(claim.articleId).emit('claim:updated', { articleId: claim.articleId, claim }));
      return r.ok ? { ok: true, claim: r.claim } : r;
    }, guards);

    onEvent(socket, 'claim:delete', ClaimIdSchema, async (input) => {
      const refused = mayDelete(input.id);
      if (refused) return refused;
      const r = await run({ type: 'claim:delete', input }, ({ claim }) =>
        others(claim.articleId).emit('claim:deleted', { articleId: claim.articleId, id: claim.id }));
      return r.ok ? { ok: true } : r;
    }, guards);

    onEvent(socket, 'claim:restore', ClaimIdSchema, async (input) => {
      const refused = mayDelete(input.id);
      if (refused) return refused;
      const r = await run({ type: 'claim:restore', input }, ({ claim }) =>
        others(claim.articleId).emit('claim:restored', { articleId: claim.articleId, claim }));
      return r.ok ? { ok: true, claim: r.claim } : r;
    }, guards);

    socket.on('disconnecting', () => {
      for (const room of socket.rooms) {
        if (!room.startsWith('article:')) continue;
        const articleId = room.slice('article:'.length);
        if (presence.leave(articleId, socket.id)) {
          // The socket is still in the room while disconnecting: tell only the others.
          socket.to(room).emit('presence', { articleId, users: presence.users(articleId) });
        }
      }
    });
  });
}
