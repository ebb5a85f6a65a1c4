import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

/**
 * The server suites that concern storage and collaboration run twice: on
 * the embedded store (project "main", with everything else) and on
 * PostgreSQL (project "postgres", ISNAD_TEST_STORE=pg; tests/helpers/test-server.ts
 * reads it). Tests of PostgreSQL alone are named *.pg.test.ts.
 */
const BOTH_STORES = ['realtime', 'collaboration', 'revisions', 'accounts', 'authorization', 'dashboard', 'rest', 'exports', 'fuzz', 'suggestions', 'similar-claims', 'sources', 'new-user'].map((name) => `tests/server/${name}.test.ts`);
BOTH_STORES.push('tests/server/signoff.test.ts');
BOTH_STORES.push('tests/server/publish.test.ts');
BOTH_STORES.push('tests/server/preferences.test.ts');
BOTH_STORES.push('tests/server/open-invites.test.ts');
BOTH_STORES.push('tests/server/mentions-seen.test.ts');

export default defineConfig({
  plugins: [react()],
  test: {
    environment: 'node',
    // Generous: browser tests share two cores with the rest of the suite in CI.
    testTimeout: 45_000,
    hookTimeout: 30_000,
    // A poll waits on a condition; 1 s (vitest's default) is not enough for a page's first load
    // when the browser shares two cores with the rest of the suite. Tests that promise a time say so.
    expect: { poll: { timeout: 10_000 } },
    // Vitest's default is one worker less than the cores: on CI's 2 cores, one
    // file at a time. Server and browser tests mostly wait on sockets, disks,
    // PostgreSQL and Chromium, so three files at once nearly halve the wall
    // time there (figures in docs/benchmarks.md, "Test run time"). More than
    // three pushed browser tests past their timeouts on a loaded machine.
    // VITEST_MAX_WORKERS=1 (read by Vitest itself) goes back to one at a time.
    maxWorkers: 3,
    projects: [
      {
        extends: true,
        test: {
          name: 'main',
          // Component tests' waits (testing-library); cheap for the others.
          setupFiles: ['client/src/test/setup.ts'],
          // Tests of pure logic sit beside it; integration and browser tests in tests/.
          include: ['shared/**/*.test.ts', 'server/**/*.test.ts', 'client/**/*.test.{ts,tsx}', 'tests/**/*.test.{ts,tsx}'],
          exclude: ['**/node_modules/**', '**/*.pg.test.ts', 'tests/browser/**'],
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          // A browser test is a person's whole errand (sign in, capture, save,
          // reload, publish): 9 s alone took over 45 s in CI while two other
          // files shared its two cores. The limit catches a hang, not slowness;
          // nothing here promises a time.
          testTimeout: 120_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'postgres',
          include: [...BOTH_STORES, 'tests/**/*.pg.test.ts'],
          env: { ISNAD_TEST_STORE: 'pg' },
          globalSetup: ['tests/helpers/global-postgres.ts'],
        },
      },
    ],
  },
});
