import { readFileSync } from 'node:fs';
import pg from 'pg';

/**
 * What running each way holds on to, read at the end of the measured
 * rounds: PostgreSQL connections per database (each setup has its own, so
 * per setup), and a process's resident memory (Redis).
 */
export async function connectionsByDatabase(adminUrl: string): Promise<Map<string, number>> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const r = await client.query<{ datname: string; n: string }>('SELECT datname, count(*) AS n FROM pg_stat_activity WHERE datname IS NOT NULL GROUP BY datname');
    return new Map(r.rows.map((row) => [row.datname, Number(row.n)]));
  } finally {
    await client.end();
  }
}

/** Resident memory of a process (bytes), from /proc; NaN once it is gone. */
export function rssOf(pid: number): number {
  try {
    const m = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) * 1024 : Number.NaN;
  } catch {
    return Number.NaN;
  }
}
