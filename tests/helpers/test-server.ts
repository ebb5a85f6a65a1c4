import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { io, type Socket } from 'socket.io-client';
import { createApplication, type Application } from '../../server/app.ts';
import { createLogger } from '../../server/logger.ts';
import { seedWorkspace } from '../../server/seed/seed-article.ts';
import { JsonWorkspaceStore } from '../../server/store/workspace-store.ts';
import type { ClientToServerEvents, ServerToClientEvents } from '../../shared/protocol/events.ts';

export type TestClient = Socket<ServerToClientEvents, ClientToServerEvents>;

export interface TestServer {
  url: string;
  file: string;
  store: JsonWorkspaceStore;
  app: Application;
  connect(name: string): Promise<TestClient>;
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
export async function startTestServer(file: string, options: { clientDir?: string } = {}): Promise<TestServer> {
  const store = await JsonWorkspaceStore.open(file, seedWorkspace);
  const app = createApplication({ store, logger: createLogger('silent'), clientDir: options.clientDir });
  const { port } = await app.listen(0, '127.0.0.1');
  const url = `http://127.0.0.1:${port}`;
  const clients: TestClient[] = [];
  return {
    url,
    file,
    store,
    app,
    connect(name: string) {
      const socket: TestClient = io(url, {
        auth: { name },
        transports: ['websocket'],
        forceNew: true,
        reconnection: false,
      });
      clients.push(socket);
      return new Promise((resolve, reject) => {
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
