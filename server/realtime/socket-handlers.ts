import { claimsInReadingOrder } from '../../shared/ops/apply.ts';
import {
  ArticleJoinSchema,
  ClaimCreateSchema,
  ClaimIdSchema,
  ClaimUpdateSchema,
  HandshakeAuthSchema,
  describeIssues,
} from '../../shared/protocol/payloads.ts';
import type { Ack } from '../../shared/protocol/events.ts';
import { runClaimOperation, type ClaimCommand, type CommandResult } from '../commands/claim-commands.ts';
import type { WorkspaceStore } from '../store/workspace-store.ts';
import type { Logger } from '../logger.ts';
import { onEvent } from './inbound.ts';
import { PresenceRegistry } from './presence.ts';
import { articleRoom, type IsnadServer, type IsnadSocket } from './socket-types.ts';

export interface RealtimeDeps {
  store: WorkspaceStore;
  logger: Logger;
}

/**
 * Wires socket.io: the handshake names the person, then each event is
 * validated, run as one command, acked, and broadcast to the others in the
 * article, in that order, and only after the change is on disk.
 */
export function attachRealtime(io: IsnadServer, { store, logger }: RealtimeDeps): void {
  const presence = new PresenceRegistry();

  io.use((socket, next) => {
    const parsed = HandshakeAuthSchema.safeParse(socket.handshake.auth);
    if (!parsed.success) {
      next(new Error(`invalid_name: ${describeIssues(parsed.error)}`));
      return;
    }
    socket.data.name = parsed.data.name;
    next();
  });

  const crash = (error: unknown, event: string) => logger.error({ event, err: error }, 'handler crashed');

  const publishPresence = (articleId: string) =>
    io.to(articleRoom(articleId)).emit('presence', { articleId, users: presence.users(articleId) });

  io.on('connection', (socket: IsnadSocket) => {
    onEvent(socket, 'article:join', ArticleJoinSchema, async ({ articleId }) => {
      const state = store.state;
      const article = Object.hasOwn(state.articles, articleId) ? state.articles[articleId] : undefined;
      if (!article) return { ok: false, error: { code: 'not_found', message: `no article "${articleId}"` } };
      await socket.join(articleRoom(articleId));
      presence.join(articleId, socket.id, socket.data.name);
      publishPresence(articleId);
      return {
        ok: true,
        article,
        claims: claimsInReadingOrder(Object.values(state.claims), articleId),
        users: presence.users(articleId),
      };
    }, crash);

    onEvent(socket, 'article:leave', ArticleJoinSchema, async ({ articleId }) => {
      await socket.leave(articleRoom(articleId));
      if (presence.leave(articleId, socket.id)) publishPresence(articleId);
      return { ok: true };
    }, crash);

    const run = async (command: ClaimCommand, present: (r: Extract<CommandResult, { ok: true }>) => void) => {
      const result = await runClaimOperation(store, command, { actor: socket.data.name, now: new Date().toISOString() });
      if (!result.ok) return result satisfies Ack;
      if (result.changed) present(result);
      return result;
    };
    const others = (articleId: string) => socket.to(articleRoom(articleId));

    onEvent(socket, 'claim:create', ClaimCreateSchema, async (input) => {
      const r = await run({ type: 'claim:create', input }, ({ claim }) =>
        others(claim.articleId).emit('claim:created', { articleId: claim.articleId, claim }));
      return r.ok ? { ok: true, claim: r.claim } : r;
    }, crash);

    onEvent(socket, 'claim:update', ClaimUpdateSchema, async (input) => {
      const r = await run({ type: 'claim:update', input }, ({ claim }) =>
        others(claim.articleId).emit('claim:updated', { articleId: claim.articleId, claim }));
      return r.ok ? { ok: true, claim: r.claim } : r;
    }, crash);

    onEvent(socket, 'claim:delete', ClaimIdSchema, async (input) => {
      const r = await run({ type: 'claim:delete', input }, ({ claim }) =>
        others(claim.articleId).emit('claim:deleted', { articleId: claim.articleId, id: claim.id }));
      return r.ok ? { ok: true } : r;
    }, crash);

    onEvent(socket, 'claim:restore', ClaimIdSchema, async (input) => {
      const r = await run({ type: 'claim:restore', input }, ({ claim }) =>
        others(claim.articleId).emit('claim:restored', { articleId: claim.articleId, claim }));
      return r.ok ? { ok: true, claim: r.claim } : r;
    }, crash);

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
