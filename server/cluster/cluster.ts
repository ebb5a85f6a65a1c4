import { randomUUID } from 'node:crypto';
import { createAdapter } from '@socket.io/postgres-adapter';
import { openPool } from '../store/pg/pool.ts';
import type { Logger } from '../logger.ts';
import { postgresLimiters, type LimiterFactory } from './rate-limiters.ts';

/**
 * What a node needs to work beside others on one database: an official
 * socket.io adapter that carries broadcasts (and presence, through
 * serverSideEmit) to the other nodes' connections over PostgreSQL's
 * LISTEN/NOTIFY, and rate limits counted in the database. PostgreSQL stays
 * the only service to run.
 */
export interface Cluster {
  /** This node, for presence and logs. */
  node: string;
  adapter: ReturnType<typeof createAdapter>;
  limiters: LimiterFactory;
  close(): Promise<void>;
}

/** Heartbeats between nodes (the adapter's and presence's): a node silent for three is gone. */
export const CLUSTER_HEARTBEAT_MS = 2000;

export function postgresCluster(url: string, logger: Logger): Cluster {
  // Its own small pool: one connection LISTENs for the adapter, the others notify and count.
  const pool = openPool(url, 6, logger, 'cluster');
  const node = randomUUID();
  return {
    node,
    adapter: createAdapter(pool, {
      heartbeatInterval: CLUSTER_HEARTBEAT_MS,
      heartbeatTimeout: 3 * CLUSTER_HEARTBEAT_MS,
      errorHandler: (error) => logger.warn({ err: error, node }, 'cluster adapter error'),
    }),
    limiters: postgresLimiters(pool),
    close: () => pool.end(),
  };
}
