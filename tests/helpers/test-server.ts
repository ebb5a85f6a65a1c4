import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { io, type Socket } from 'socket.io-client';
import { createApplication, type Application, type AppOptions } from '../../server/app.ts';
import { createUser, findUserByEmail, startSession } from '../../server/accounts/account-commands.ts';
import { SESSION_COOKIE } from '../../server/http/session-cookie.ts';
import type { StoredUser } from '../../server/store/records.ts';
import type { Role } from '../../shared/domain/roles.ts';
import { createLogger } from '../../server/logger.ts';
import { seedWorkspace } from '../../server/seed/seed-article.ts';
import { JsonWorkspaceStore, type JsonStoreOptions } from '../../server/store/json-store.ts';
import type { ClientToServerEvents, ServerToClientEvents } from '../../shared/protocol/events.ts';

export type TestClient = Socket<ServerToClientEvents, ClientToServerEvents>;

export interface TestServer {
  url: string;
  file: string;
  store: JsonWorkspaceStore;
  app: Application;
  /**
   * Signs in as `name` (an account with that name and `role`, created
   * directly in the store the first time) and returns the session cookie.
   */
  login(name: string, role?: Role): Promise<{ cookie: string; token: string; user: StoredUser }>;
  /** A socket.io client signed in as `name` (see login). */
  connect(name: string, role?: Role): Promise<TestClient>;
  /** fetch against the server, signed in as `as` when given. */
  fetch(path: string, init?: RequestInit & { as?: string; role?: Role }): Promise<Response>;
  /** Closes clients and server but keeps the db file (for restart tests). */
  stop(): Promise<void>;
}

/** A fresh temp directory, removed by the returned cleanup. */
export function tempDir(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'isnad-test-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * A real server on 127.0.0.1 and a random port, on its own db file (created
 * from the seed when missing). Never touches the committed db.json.
 */
export const TEST_PASSWORD = 'correct horse battery staple';
export const emailOf = (name: string) => `${name.toLowerCase().replace(/[^a-z0-9]+/g, '.')}@newsroom.test`;

export async function startTestServer(
  file: string,
  options: Omit<AppOptions, 'store' | 'logger'> & { changeLogCap?: number; storeOptions?: JsonStoreOptions } = {},
): Promise<TestServer> {
  const { changeLogCap, storeOptions, ...appOptions } = options;
  const caps = changeLogCap === undefined ? storeOptions?.caps : { ...storeOptions?.caps, logEvents: changeLogCap };
  const store = await JsonWorkspaceStore.open(file, seedWorkspace, { ...storeOptions, ...(caps ? { caps } : {}) });
  const app = createApplication({ store, logger: createLogger('silent'), ...appOptions });
  const { port } = await app.listen(0, '127.0.0.1');
  const url = `http://127.0.0.1:${port}`;
  const clients: TestClient[] = [];
  const login = async (name: string, role: Role = 'reviewer') => {
    let user = await findUserByEmail(store, emailOf(name));
    if (!user) {
      const created = await createUser(store, { name, email: emailOf(name), password: TEST_PASSWORD, role });
      if (!created.ok) throw new Error(created.code);
      user = created.user;
    }
    const token = await startSession(store, user.id);
    return { cookie: `${SESSION_COOKIE}=${token}`, token, user };
  };
  return {
    url,
    file,
    store,
    app,
    login,
    async fetch(path, init = {}) {
      const { as, role, ...rest } = init;
      const headers = new Headers(rest.headers);
      if (as) headers.set('cookie', (await login(as, role)).cookie);
      return fetch(url + path, { ...rest, headers });
    },
    async connect(name: string, role: Role = 'reviewer') {
      const { cookie } = await login(name, role);
      const socket: TestClient = io(url, {
        extraHeaders: { cookie },
        transports: ['websocket'],
        forceNew: true,
        reconnection: false,
      });
      clients.push(socket);
      return new Promise<TestClient>((resolve, reject) => {
        socket.once('connect', () => resolve(socket));
        socket.once('connect_error', reject);
      });
    },
    async stop() {
      for (const c of clients) c.disconnect();
      await app.close();
    },
  };
}

/** Resolves with the next `event` on `socket`, or rejects after `ms`. */
export function nextEvent<E extends keyof ServerToClientEvents>(
  socket: TestClient,
  event: E,
  ms = 2000,
): Promise<Parameters<ServerToClientEvents[E]>[0]> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${event} within ${ms} ms`)), ms);
    socket.once(event as 'presence', ((payload: never) => {
      clearTimeout(timer);
      resolve(payload);
    }) as never);
  });
}

/** Emits a raw packet (any payload, as a hostile client could) and returns the ack. */
export function emitRaw(socket: TestClient, event: string, ...args: unknown[]): Promise<unknown> {
  const raw = socket as unknown as { timeout(ms: number): { emitWithAck(e: string, ...a: unknown[]): Promise<unknown> } };
  return raw.timeout(5000).emitWithAck(event, ...args);
}
