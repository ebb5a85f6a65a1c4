import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createUser, startSession } from '../../server/accounts/account-commands.ts';
import { SESSION_COOKIE } from '../../server/http/session-cookie.ts';
import { seedWorkspace } from '../../server/seed/seed-article.ts';
import { JsonWorkspaceStore } from '../../server/store/json-store.ts';
import type { Role } from '../../shared/domain/roles.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface ServerProcess {
  child: ChildProcess;
  url: string;
  output: () => string;
  exited: Promise<number | null>;
}

/**
 * Starts `server/main.ts` in a child process on a random port; resolves once
 * it listens. With `fileSizeLimitKb`, the process may not write any file
 * past that size (a soft RLIMIT_FSIZE: writes fail with EFBIG, as on a full
 * disk); `prlimit --pid` lifts it again while it runs.
 */
export function spawnServer(dbFile: string, extraEnv: Record<string, string> = {}, options: { fileSizeLimitKb?: number } = {}): Promise<ServerProcess> {
  const node = [process.execPath, '--import', 'tsx', 'server/main.ts'];
  const command = options.fileSizeLimitKb === undefined ? node : ['bash', '-c', `trap '' XFSZ; ulimit -S -f ${options.fileSizeLimitKb}; exec "$@"`, 'bash', ...node];
  const child = spawn(command[0]!, command.slice(1), {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DB_FILE: dbFile, LOG_LEVEL: 'info', NODE_ENV: 'production', ...extraEnv },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    // A server that did not start in time is stopped, not left running after the test gives up on it.
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`server did not start:\n${out}`));
      // tsx compiles the server's modules on a cold start: under a full test run on two cores that took over 15 s once.
    }, 40_000);
    const onData = () => {
      const m = /running on (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (!m) return;
      clearTimeout(timer);
      child.stdout!.off('data', onData);
      resolve({ child, url: m[1]!, output: () => out, exited });
    };
    child.stdout!.on('data', onData);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code} before listening:\n${out}`));
    });
  });
}

/** Runs the server on `dbFile` expecting it to refuse to start. */
export async function runServerExpectingFailure(dbFile: string, extraEnv: Record<string, string> = {}): Promise<{ code: number | null; output: string }> {
  try {
    const p = await spawnServer(dbFile, extraEnv);
    p.child.kill('SIGKILL');
    throw new Error('server started but should have refused');
  } catch (error) {
    const message = (error as Error).message;
    const m = /server exited with (\S+) before listening:\n([\s\S]*)$/.exec(message);
    if (!m) throw error;
    return { code: m[1] === 'null' ? null : Number(m[1]), output: m[2]! };
  }
}

/**
 * Prepares `dbFile` (from the seed when missing) with an account and a live
 * session, for a server that will run in another process; returns the cookie.
 */
export async function seedAccount(dbFile: string, name: string, role: Role): Promise<string> {
  const store = await JsonWorkspaceStore.open(dbFile, seedWorkspace);
  try {
    const email = `${name.toLowerCase()}@newsroom.test`;
    const created = await createUser(store, { name, email, password: 'correct horse battery staple', role });
    if (!created.ok) throw new Error(created.code);
    return `${SESSION_COOKIE}=${await startSession(store, created.user.id)}`;
  } finally {
    await store.close();
  }
}
