import pg from 'pg';

/** Where a pool reports connections it lost (the server's logger fits). */
export interface PoolLog {
  warn(obj: object, msg: string): void;
}

/**
 * A pg pool that survives losing PostgreSQL (a restart, a failover,
 * pg_terminate_backend). pg reports a broken connection as an 'error'
 * event, and an 'error' event nobody listens to ends the process: on the
 * pool for idle connections, and on the client itself for a connection
 * someone has checked out (a store transaction between its queries, the
 * socket.io adapter's LISTEN connection, which it holds for good). Every
 * client gets a listener; the query in flight fails on its own and the
 * store retries or refuses it as usual. The adapter's LISTEN client is
 * handed back broken, so the pool drops it (else pool.end() would wait for
 * it at shutdown); the adapter opens a new one when the old one ends.
 */
export function openPool(connectionString: string, max: number, log: PoolLog, what: string): pg.Pool {
  const pool = new pg.Pool({ connectionString, max });
  pool.on('error', (error) => log.warn({ err: error }, `${what}: idle database connection lost`));
  pool.on('connect', (client) => {
    client.on('error', (error) => {
      log.warn({ err: error }, `${what}: database connection lost`);
      if (client.listenerCount('notification') > 0) client.release(error);
    });
  });
  return pool;
}
