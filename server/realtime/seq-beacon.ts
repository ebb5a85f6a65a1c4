import type { Logger } from '../logger.ts';
import type { WorkspaceReader } from '../store/store.ts';
import { ARTICLE_ROOM_PREFIX, type IsnadServer } from './socket-types.ts';

/** How often each node tells its connections the latest seq of the articles they have open. */
export const SEQ_BEACON_MS = 5000;

/**
 * A broadcast can be lost on the way (between nodes while the adapter's
 * LISTEN connection is down, or while Redis restarts) and a client notices
 * only at the article's next change, which may never come. So every few
 * seconds each node sends its own connections, per article they have open,
 * the article's latest seq (`article:seq`, volatile): a client that is
 * behind catches up with sinceSeq as for any gap. The cost is one seq read
 * per article open on this node, whatever the size of the workspace.
 */
export function startSeqBeacon(io: IsnadServer, store: WorkspaceReader, logger: Logger, everyMs = SEQ_BEACON_MS): { close(): void } {
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      // Rooms of this node's own connections only: every node beacons its own.
      const rooms = [...io.of('/').adapter.rooms.keys()].filter((room) => room.startsWith(ARTICLE_ROOM_PREFIX));
      for (const room of rooms) {
        const articleId = room.slice(ARTICLE_ROOM_PREFIX.length);
        const seq = await store.seq(articleId);
        io.local.to(room).volatile.emit('article:seq', { articleId, seq });
      }
    } catch (error) {
      // The database is away: the next beacon, or the clients' reconnect, catches up.
      logger.debug({ err: error }, 'seq beacon skipped');
    } finally {
      running = false;
    }
  };
  const timer = setInterval(() => void tick(), everyMs);
  timer.unref();
  return { close: () => clearInterval(timer) };
}
