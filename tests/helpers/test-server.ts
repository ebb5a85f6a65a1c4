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
import { SEED_ARTICLE_ID, seedWorkspace } from '../../server/seed/seed-article.ts';
import { cpLength } from '../../shared/text/codepoints.ts';
import { existsSync, readFileSync } from 'node:fs';
import type { WorkspaceDump } from '../../server/store/copy/workspace-dump.ts';
import { JsonWorkspaceStore, type JsonStoreOptions } from '../../server/store/json-store.ts';
import { PgWorkspaceStore } from '../../server/store/pg/pg-store.ts';
import type { WorkspaceStore } from '../../server/store/store.ts';
import type { ClientToServerEvents, PresenceUser, ServerToClientEvents } from '../../shared/protocol/events.ts';
import { applyPresenceChange, type PresenceChange } from '../../shared/domain/presence.ts';

export type TestClient = Socket<ServerToClientEvents, ClientToServerEvents>;

/**
 * Which store the server runs on: the embedded one, or PostgreSQL when the
 * test project sets ISNAD_TEST_STORE=pg (see vitest.config.ts), so the same
 * suites prove both.
 */
export const STORE_KIND: 'json' | 'pg' = process.env.ISNAD_TEST_STORE === 'pg' ? 'pg' : 'json';

export type TestStore = WorkspaceStore & { dump(): WorkspaceDump | Promise<WorkspaceDump> };

export interface TestServer {
  url: string;
  /** The db file; on PostgreSQL it names the test's database (the same file, the same database, across restarts). */
  file: string;
  kind: 'json' | 'pg';
  store: TestStore;
  /** Everything stored, as plain records. */
  dump(): Promise<WorkspaceDump>;
  /** What a restarted server would find: read from db.json and its journal, or from the database. */
  durableDump(): Promise<WorkspaceDump>;
  /** The environment that points a command-line tool at this workspace (DB_FILE or DATABASE_URL). */
  env: Record<string, string>;
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
  const store: TestStore = STORE_KIND === 'pg' ? await openPgFor(file, caps) : await JsonWorkspaceStore.open(file, seedWorkspace, { ...storeOptions, ...(caps ? { caps } : {}) });
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
    kind: STORE_KIND,
    store,
    dump: async () => store.dump(),
    durableDump: () => durableDumpOf(file),
    env: STORE_KIND === 'pg' ? { DATABASE_URL: databases.get(file)! } : { DB_FILE: file },
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

/** What the embedded store has on disk (db.json and its journal), to check that nothing was written; empty on PostgreSQL, where the dump says it. */
export function filesOf(server: Pick<TestServer, 'kind' | 'file'>): string {
  if (server.kind !== 'json') return '';
  return readFileSync(server.file, 'utf8') + readFileSync(`${server.file}.journal`, 'utf8');
}

/** What a restarted server would find, read afresh from db.json and its journal, or from the database. */
async function durableDumpOf(file: string): Promise<WorkspaceDump> {
  if (STORE_KIND !== 'pg') return (await JsonWorkspaceStore.read(file)).dump();
  const db = await PgWorkspaceStore.readOnly(databases.get(file)!);
  try {
    return await db.dump();
  } finally {
    await db.close();
  }
}

/** One database per test workspace (keyed by its file), kept across restarts. */
const databases = new Map<string, string>();

/**
 * The PostgreSQL store for a test workspace. A db file the test wrote first
 * (a fixture) is copied into the new database the way `npm run db:copy`
 * does; otherwise the database starts from the seed.
 */
async function openPgFor(file: string, caps: JsonStoreOptions['caps']): Promise<PgWorkspaceStore> {
  let url = databases.get(file);
  if (!url) {
    const { createDatabase } = await import('./databases.ts');
    url = (await createDatabase()).url;
    databases.set(file, url);
    if (existsSync(file)) await (await PgWorkspaceStore.createFrom(url, (await JsonWorkspaceStore.read(file)).dump())).close();
  }
  return PgWorkspaceStore.open(url, seedWorkspace, caps ? { caps } : {});
}

/** Resolves with the next `event` on `socket`, or rejects after `ms`. */
export function nextEvent<E extends keyof ServerToClientEvents>(
  socket: TestClient,
  event: E,
  ms = 2000,
): Promise<Parameters<ServerToClientEvents[E]>[0]> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${event} within ${ms} ms`)), ms);
    socket.once(event as 'presence:changed', ((payload: never) => {
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

/**
 * Who is in an article as one socket sees it, kept as the client keeps it:
 * start from the join answer's list (`since`), then apply every
 * `presence:changed`. `changes` are the messages themselves, to count them.
 */
export class PresenceView {
  users: PresenceUser[] = [];
  readonly changes: PresenceChange[] = [];

  constructor(socket: TestClient, articleId: string) {
    socket.on('presence:changed', (change) => {
      if (change.articleId !== articleId) return;
      this.changes.push(change);
      this.users = applyPresenceChange(this.users, change);
    });
  }

  /** The join answer's list is newer than any change before it. */
  since(join: { ok: boolean; users?: PresenceUser[] }): this {
    if (join.ok && join.users) this.users = join.users;
    return this;
  }

  names(): string[] {
    return this.users.map((u) => u.name);
  }
}

/** Creates a claim on `phrase` of the seed article as it is now, through the socket; returns its id. */
export async function claimOn(server: TestServer, socket: TestClient, phrase: string): Promise<string> {
  const text = (await server.dump()).articles[SEED_ARTICLE_ID]!.body.join('\n\n');
  const at = text.indexOf(phrase);
  if (at < 0) throw new Error(`not in the article: ${phrase}`);
  const start = cpLength(text.slice(0, at));
  const ack = await socket.timeout(5000).emitWithAck('claim:create', { articleId: SEED_ARTICLE_ID, target: { start, end: start + cpLength(phrase) } });
  if (!ack.ok) throw new Error(ack.error.message);
  return ack.claim.id;
}
