import { join } from 'node:path';
import { afterEach } from 'vitest';
import { startTestServer, tempDir, type TestServer } from './test-server.ts';

/**
 * What a test sets up and must take down: temp directories, servers,
 * anything else. Call once at the top of a test file; everything registered
 * during a test is undone after it, newest first (servers stop before
 * their directories go).
 */
export function testScope() {
  const cleanups: Array<() => unknown> = [];
  afterEach(async () => {
    for (const f of cleanups.splice(0).reverse()) await f();
  });
  const scope = {
    defer(fn: () => unknown): void {
      cleanups.push(fn);
    },
    /** A fresh temp directory. */
    dir(): string {
      const t = tempDir();
      cleanups.push(t.cleanup);
      return t.dir;
    },
    /** A real server on a fresh db file in a fresh directory. */
    async server(options: Parameters<typeof startTestServer>[1] = {}): Promise<TestServer> {
      const server = await startTestServer(join(scope.dir(), 'db.json'), options);
      cleanups.push(() => server.stop());
      return server;
    },
  };
  return scope;
}
