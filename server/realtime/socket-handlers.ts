import type { Logger } from '../logger.ts';
import { OperationRunner } from '../commands/operation-runner.ts';
import type { WorkspaceStore } from '../store/store.ts';
import { registerArticleHandlers } from './article-handlers.ts';
import { authenticateSockets, connectionGuards, DEFAULT_MUTATION_RATE, mutationLimiter, type MutationRate } from './connection-guards.ts';
import { registerMutationHandlers } from './mutation-handlers.ts';
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
}

/**
 * Wires socket.io: the handshake is authenticated by the session cookie, then
 * each event is authorized, rate-limited, validated, run as one command,
 * acked, and broadcast to the others in the article, in that order, and only
 * after the change is on disk.
 */
export function attachRealtime(io: IsnadServer, { store, logger, mutationRate = DEFAULT_MUTATION_RATE, feed }: RealtimeDeps) {
  const presence = new PresenceRegistry((articleId, users) => io.to(articleRoom(articleId)).emit('presence', { articleId, users }));
  const runner = new OperationRunner(store);
  const limiter = mutationLimiter(mutationRate);
  authenticateSockets(io, store, logger);

  io.on('connection', (socket: IsnadSocket) => {
    void socket.join([userRoom(socket.data.user.id), sessionRoom(tokenKey(socket.data.sessionToken)), WORKSPACE_ROOM]);
    const guards = connectionGuards(socket, { store, logger, limiter });
    registerArticleHandlers(socket, { store, presence, guards });
    registerMutationHandlers(socket, { store, runner, logger, guards, feed });
  });
  return { close: () => presence.close() };
}
