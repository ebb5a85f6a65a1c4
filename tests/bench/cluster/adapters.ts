import { randomUUID } from 'node:crypto';
import { createAdapter as redisStreamsAdapter } from '@socket.io/redis-streams-adapter';
import pg from 'pg';
import { createClient } from 'redis';
import { postgresCluster, type Cluster } from '../../../server/cluster/cluster.ts';
import { postgresLimiters } from '../../../server/cluster/rate-limiters.ts';
import type { Logger } from '../../../server/logger.ts';

/**
 * The fan-out adapters a benchmark node can be built with. Everything but
 * the adapter is what server/cluster/cluster.ts makes: the same rate
 * limiters counted in PostgreSQL, on a pool of the same size (presence's
 * heartbeats are the server's own, through whichever adapter).
 *
 * - `postgres`: server/cluster/cluster.ts's own postgresCluster, as
 *   server/main.ts runs it.
 * - `redis`: @socket.io/redis-streams-adapter on a Redis server
 *   (REDIS_URL): broadcasts through one stream (XADD, read by XREAD on a
 *   connection of its own per node), presence through PUB/SUB.
 */
export type AdapterKind = 'postgres' | 'redis';

function pool(url: string, logger: Logger): pg.Pool {
  const p = new pg.Pool({ connectionString: url, max: 6 });
  p.on('error', (error) => logger.warn({ err: error }, 'cluster connection lost'));
  return p;
}

export async function benchCluster(kind: AdapterKind, databaseUrl: string, logger: Logger, redisUrl?: string): Promise<Cluster> {
  if (kind === 'postgres') return postgresCluster(databaseUrl, logger);
  const node = randomUUID();
  const limiterPool = pool(databaseUrl, logger);
  if (!redisUrl) throw new Error('REDIS_URL is needed for the redis adapter');
  const redis = createClient({ url: redisUrl });
  // The client reconnects by itself; meanwhile commands wait in its offline queue.
  redis.on('error', (error: Error) => logger.warn({ err: error, node }, 'redis connection error'));
  await redis.connect();
  return {
    node,
    // Cluster types its adapter as the postgres adapter's factory; socket.io takes any adapter constructor.
    adapter: redisStreamsAdapter(redis) as unknown as Cluster['adapter'],
    limiters: postgresLimiters(limiterPool),
    async close() {
      redis.destroy();
      await limiterPool.end();
    },
  };
}
