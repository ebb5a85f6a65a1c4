import { resolve } from 'node:path';

/** The server's environment, documented in the README. */
export interface ServerConfig {
  port: number;
  host: string;
  dbFile: string;
  /** PostgreSQL instead of db.json: several nodes may share it (DATABASE_URL). */
  databaseUrl?: string;
  /**
   * Express's "trust proxy" when behind a TLS-terminating reverse proxy, so
   * the session cookie gets Secure and login throttling sees client
   * addresses (e.g. "loopback" or "1"); unset means no proxy is trusted.
   */
  trustProxy?: string;
  /** Mutations one connection may send, as "points/seconds" (MUTATION_RATE, default 100/10). */
  mutationRate?: { points: number; seconds: number };
  /**
   * When db.json is rewritten as a snapshot: once the journal holds
   * SNAPSHOT_JOURNAL_BYTES (default 64 MiB) or its oldest change is
   * SNAPSHOT_MAX_AGE_SECONDS old (default 600).
   */
  snapshotPolicy?: { journalBytes?: number; maxAgeMs?: number };
  /**
   * The address people use to reach the app (PUBLIC_URL, e.g.
   * https://factcheck.example.org): requests naming another host are
   * refused (DNS rebinding), and invitation links use it. Unset, only
   * loopback names are answered.
   */
  publicUrl?: string;
}

/**
 * The working data lives in data/db.json, which git ignores: using the app
 * writes accounts and session hashes, which have no place in a tracked file.
 * The committed db.json is the seed it starts from (the same seed article).
 */
export const DEFAULT_DB_FILE = './data/db.json';

/** DB_FILE, or the default, as an absolute path (the server and every command-line tool). */
export function dbFileOf(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(env.DB_FILE || DEFAULT_DB_FILE);
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const port = env.PORT === undefined || env.PORT === '' ? 3000 : Number(env.PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be a port number (0-65535), got "${env.PORT}"`);
  }
  return {
    port,
    host: env.HOST || '127.0.0.1',
    dbFile: dbFileOf(env),
    databaseUrl: env.DATABASE_URL || undefined,
    trustProxy: env.TRUST_PROXY || undefined,
    publicUrl: env.PUBLIC_URL ? publicUrl(env.PUBLIC_URL) : undefined,
    mutationRate: env.MUTATION_RATE ? parseRate(env.MUTATION_RATE) : undefined,
    snapshotPolicy: {
      ...(env.SNAPSHOT_JOURNAL_BYTES ? { journalBytes: positive('SNAPSHOT_JOURNAL_BYTES', env.SNAPSHOT_JOURNAL_BYTES) } : {}),
      ...(env.SNAPSHOT_MAX_AGE_SECONDS ? { maxAgeMs: positive('SNAPSHOT_MAX_AGE_SECONDS', env.SNAPSHOT_MAX_AGE_SECONDS) * 1000 } : {}),
    },
  };
}

function publicUrl(text: string): string {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new Error(`PUBLIC_URL must be an http(s) address such as https://factcheck.example.org, got "${text}"`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error(`PUBLIC_URL must start with http:// or https://, got "${text}"`);
  return url.origin;
}

function positive(name: string, text: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${name} must be a whole number above 0, got "${text}"`);
  return n;
}

function parseRate(text: string): { points: number; seconds: number } {
  const m = /^(\d+)\/(\d+)$/.exec(text.trim());
  if (!m || Number(m[1]) < 1 || Number(m[2]) < 1) throw new Error(`MUTATION_RATE must look like 100/10 (changes per seconds), got "${text}"`);
  return { points: Number(m[1]), seconds: Number(m[2]) };
}
