import type { Logger } from '../logger.ts';
import { joinAdminsRoom } from './admins-room.ts';
import { OperationRunner } from '../commands/operation-runner.ts';
import type { WorkspaceStore } from '../store/store.ts';
import { registerArticleHandlers } from './article-handlers.ts';
import { authenticateSockets, connectionGuards, DEFAULT_MUTATION_RATE, mutationLimiter, type MutationRate } from './connection-guards.ts';
import { registerMutationHandlers } from './mutation-handlers.ts';
import { registerMentionHandlers } from './mention-handlers.ts';
import type { PresenceChange } from '../../shared/domain/presence.ts';
import type { LimiterFactory } from '../cluster/rate-limiters.ts';
import type { DashboardFeed } from './dashboard-feed.ts';
import { PresenceRegistry } from './presence.ts';
import { articleRoom, sessionRoom, userRoom, WORKSPACE_ROOM, type IsnadServer, type IsnadSocket } from './socket-types.ts';
import { tokenKey } from '../accounts/tokens.ts';

export { DEFAULT_MUTATION_RATE, type MutationRate };

export interface RealtimeDeps {
  store: WorkspaceStore;
  logger: Logger;
  mutationRate?: MutationRate;
  /** Told of every article that changed (for dashboards). */
  feed: DashboardFeed;
  /** With several nodes: where rate limits are counted, and this node's id for presence. */
  limiters?: LimiterFactory;
  cluster?: { node: string; heartbeatMs: number };
}

/**
 * Wires socket.io: the handshake is authenticated by the session cookie, then
 * each event is authorized, rate-limited, validated, run as one command,
 * acked, and broadcast to the others in the article, in that order, and only
 * after the change is on disk.
 */
export function attachRealtime(io: IsnadServer, { store, logger, mutationRate = DEFAULT_MUTATION_RATE, feed, limiters, cluster }: RealtimeDeps) {
  // Each node tells its own connections; with several nodes every node holds everyone (see PresenceRegistry).
  const tell = (change: PresenceChange) => (cluster ? io.local : io).to(articleRoom(change.articleId)).emit('presence:changed', change);
  const presence = new PresenceRegistry(
    tell,
    cluster
      ? {
          node: cluster.node,
          heartbeatMs: cluster.heartbeatMs,
          send: (message) => io.serverSideEmit('presence:node', message),
          onMessage: (handler) => io.on('presence:node', handler),
        }
      : null,
  );
  const runner = new OperationRunner(store);
  const limiter = mutationLimiter(mutationRate, limiters);
  authenticateSockets(io, store, logger);

  io.on('connection', (socket: IsnadSocket) => {
    void socket.join([userRoom(socket.data.user.id), sessionRoom(tokenKey(socket.data.sessionToken)), WORKSPACE_ROOM]);
    joinAdminsRoom(socket);
    const guards = connectionGuards(socket, { store, logger, limiter });
    registerArticleHandlers(socket, { store, presence, guards });
    registerMutationHandlers(socket, { store, runner, logger, guards, feed });
    registerMentionHandlers(socket, { store, guards });
  });
  return { close: () => presence.close() };
}
