import type pg from 'pg';
import { RateLimiterMemory, RateLimiterPostgres, type RateLimiterAbstract } from 'rate-limiter-flexible';

/** The budgets the server keeps: login attempts per account and address, per address and per account, changes per person. */
export type LimiterName = 'login_pair' | 'login_account' | 'login_address' | 'mutations';

export type LimiterFactory = (name: LimiterName, points: number, seconds: number) => RateLimiterAbstract;

/** One node: counts in memory. */
export const memoryLimiters: LimiterFactory = (_name, points, seconds) => new RateLimiterMemory({ points, duration: seconds });

/**
 * Several nodes: counts in PostgreSQL (rate-limiter-flexible's own store),
 * so guessing passwords or flooding changes is not multiplied by the
 * number of nodes. The tables are created by the schema migration
 * (server/store/pg/schema.ts), not by each node racing to create them.
 */
export function postgresLimiters(pool: pg.Pool): LimiterFactory {
  return (name, points, seconds) =>
    new RateLimiterPostgres({
      storeClient: pool,
      storeType: 'pool',
      tableName: `isnad_limit_${name}`,
      tableCreated: true,
      keyPrefix: name,
      points,
      duration: seconds,
      // While the database does not answer, each node counts on its own rather than refusing everyone.
      insuranceLimiter: new RateLimiterMemory({ points, duration: seconds }),
    });
}
