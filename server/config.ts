import { resolve } from 'node:path';

/** The server's environment, documented in the README. */
export interface ServerConfig {
  port: number;
  host: string;
  dbFile: string;
  /**
   * Express's "trust proxy" when behind a TLS-terminating reverse proxy, so
   * the session cookie gets Secure and login throttling sees client
   * addresses (e.g. "loopback" or "1"); unset means no proxy is trusted.
   */
  trustProxy?: string;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const port = env.PORT === undefined || env.PORT === '' ? 3000 : Number(env.PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be a port number (0-65535), got "${env.PORT}"`);
  }
  return {
    port,
    host: env.HOST || '127.0.0.1',
    dbFile: resolve(env.DB_FILE || './db.json'),
    trustProxy: env.TRUST_PROXY || undefined,
  };
}
