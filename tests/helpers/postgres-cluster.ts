import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { chownSync, closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A throwaway PostgreSQL cluster for tests and benchmarks: initdb in a temp
 * directory as the postgres user (PostgreSQL refuses to run as root),
 * started on a free port on 127.0.0.1 only, stopped and removed after.
 * Needs Debian's postgresql package (`.ci/run` installs it).
 */
export const PG_BIN = '/usr/lib/postgresql/15/bin';

export interface PostgresCluster {
  /** A connection URL for the `postgres` database; make one database per test with createDatabase. */
  url: string;
  port: number;
  stop(): Promise<void>;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

function asPostgres(command: string, args: string[]): string[] {
  return ['-u', 'postgres', '--', join(PG_BIN, command), ...args];
}

/** `durable: false` turns fsync off: faster, for tests that never crash PostgreSQL itself. */
export async function startPostgres(options: { durable?: boolean } = {}): Promise<PostgresCluster> {
  const dir = mkdtempSync(join(tmpdir(), 'isnad-pg-'));
  const data = join(dir, 'data');
  chownSync(dir, uid('postgres'), gid('postgres'));
  execFileSync('runuser', asPostgres('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--locale=C', '--no-sync']), { stdio: 'pipe' });
  const port = await freePort();
  const settings = options.durable === false ? ['-c', 'fsync=off', '-c', 'full_page_writes=off'] : [];
  // Its log goes to a file, not a pipe: nothing of the test process stays tied to the server.
  const logFile = join(dir, 'postgres.log');
  const logFd = openSync(logFile, 'a');
  const child: ChildProcess = spawn('runuser', asPostgres('postgres', ['-D', data, '-p', String(port), '-k', dir, '-h', '127.0.0.1', '-c', 'max_connections=300', ...settings]), {
    stdio: ['ignore', logFd, logFd],
  });
  closeSync(logFd);
  const log = () => (existsSync(logFile) ? readFileSync(logFile, 'utf8') : '');
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      execFileSync(join(PG_BIN, 'pg_isready'), ['-h', '127.0.0.1', '-p', String(port), '-q']);
      break;
    } catch {
      if (Date.now() > deadline || child.exitCode !== null) throw new Error(`PostgreSQL did not start:\n${log()}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    port,
    async stop() {
      // SIGINT to the postmaster itself (its pid is in postmaster.pid): PostgreSQL's fast shutdown.
      // Signalling only runuser could leave the postmaster running after the run, its directory gone.
      const postmaster = postmasterPid(data);
      signal(postmaster, 'SIGINT');
      child.kill('SIGINT');
      const deadline = Date.now() + 10_000;
      while (postmaster !== null && running(postmaster) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
      if (postmaster !== null && running(postmaster)) signal(postmaster, 'SIGKILL');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 2_000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The postmaster's pid, from the first line of postmaster.pid (null if it never started). */
function postmasterPid(data: string): number | null {
  try {
    const pid = Number(readFileSync(join(data, 'postmaster.pid'), 'utf8').split('\n')[0]);
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function signal(pid: number | null, sig: NodeJS.Signals): void {
  if (pid === null) return;
  try {
    process.kill(pid, sig);
  } catch {
    // already gone
  }
}

function uid(user: string): number {
  return Number(execFileSync('id', ['-u', user], { encoding: 'utf8' }).trim());
}

function gid(user: string): number {
  return Number(execFileSync('id', ['-g', user], { encoding: 'utf8' }).trim());
}
