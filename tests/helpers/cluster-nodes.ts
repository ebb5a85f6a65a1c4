import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { io } from 'socket.io-client';
import { createUser, startSession } from '../../server/accounts/account-commands.ts';
import { SESSION_COOKIE } from '../../server/http/session-cookie.ts';
import { seedWorkspace } from '../../server/seed/seed-article.ts';
import { PgWorkspaceStore } from '../../server/store/pg/pg-store.ts';
import type { Role } from '../../shared/domain/roles.ts';
import { createDatabase } from './databases.ts';
import { spawnServer, type ServerProcess } from './server-process.ts';
import { tempDir, type TestClient } from './test-server.ts';

/**
 * Several server processes on one PostgreSQL database, as a newsroom would
 * run them behind a load balancer, and clients that connect to any of them.
 */
export interface TestCluster {
  url: string;
  nodes: ServerProcess[];
  /** A signed-in client on node `i` (an account made once per name). */
  connect(name: string, node: number, role?: Role): Promise<TestClient>;
  /** The session cookie of `name` (made the first time). */
  cookie(name: string, role?: Role): Promise<string>;
  /** Kills node `i` at once (SIGKILL), as a crash would. */
  kill(node: number): Promise<void>;
  stop(): Promise<void>;
}

export async function startCluster(size: number, dir: string, env: Record<string, string> = {}): Promise<TestCluster> {
  const db = await createDatabase();
  // The schema and the seed article, before any node starts (nodes starting together are tested elsewhere).
  const admin = await PgWorkspaceStore.open(db.url, seedWorkspace);
  const cookies = new Map<string, string>();
  const cookie = async (name: string, role: Role = 'reviewer') => {
    let value = cookies.get(name);
    if (!value) {
      const email = `${name.toLowerCase().replace(/[^a-z0-9]+/g, '.')}@newsroom.test`;
      const created = await createUser(admin, { name, email, password: 'correct horse battery staple', role });
      if (!created.ok) throw new Error(created.code);
      cookies.set(name, (value = `${SESSION_COOKIE}=${await startSession(admin, created.user.id)}`));
    }
    return value;
  };
  const env2 = { DATABASE_URL: db.url, MUTATION_RATE: '1000000/1', ...env };
  const nodes = await Promise.all(Array.from({ length: size }, (_, i) => spawnServer(join(dir, `unused-${i}.json`), env2)));
  const clients: TestClient[] = [];
  return {
    url: db.url,
    nodes,
    cookie,
    async connect(name, node, role = 'reviewer') {
      const socket: TestClient = io(nodes[node]!.url, { extraHeaders: { cookie: await cookie(name, role) }, transports: ['websocket'], forceNew: true, reconnection: false });
      clients.push(socket);
      await new Promise<void>((resolve, reject) => {
        socket.once('connect', () => resolve());
        socket.once('connect_error', reject);
      });
      return socket;
    },
    async kill(node) {
      nodes[node]!.child.kill('SIGKILL');
      await nodes[node]!.exited;
    },
    async stop() {
      for (const c of clients) c.close();
      await Promise.all(
        nodes.map(async (n) => {
          if (n.child.exitCode === null && n.child.signalCode === null) n.child.kill('SIGTERM');
          await n.exited;
        }),
      );
      await admin.close();
      await db.drop();
    },
  };
}

/** One cluster of `size` nodes for a whole test file: started before its tests, stopped after. */
export function clusterForFile(size: number): () => TestCluster {
  let cluster: TestCluster | undefined;
  let cleanup = () => {};
  beforeAll(async () => {
    const t = tempDir();
    cleanup = t.cleanup;
    cluster = await startCluster(size, t.dir);
  }, 60_000);
  afterAll(async () => {
    await cluster?.stop();
    cleanup();
  });
  return () => cluster!;
}
