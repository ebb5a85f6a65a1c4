import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { testScope } from '../helpers/test-scope.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const scope = testScope();

describe('a production install', () => {
  it('runs the built app with plain node and no development packages: npm ci --omit=dev after a build, then npm start', async () => {
    if (!existsSync(join(ROOT, 'dist/server/server/main.js')) || !existsSync(join(ROOT, 'dist/client/index.html'))) {
      throw new Error('dist/ is missing: run `npm run build` first (npm test does).');
    }
    // What a deployment ships: the manifest, the lock file and the build, nothing else.
    const dir = scope.dir();
    for (const f of ['package.json', 'package-lock.json']) cpSync(join(ROOT, f), join(dir, f));
    cpSync(join(ROOT, 'dist'), join(dir, 'dist'), { recursive: true });
    const install = spawnSync('npm', ['ci', '--omit=dev', '--ignore-scripts', '--no-audit', '--no-fund', '--prefer-offline'], { cwd: dir, encoding: 'utf8' });
    expect(install.status, install.stderr).toBe(0);
    for (const dev of ['tsx', 'vite', 'typescript', 'react', 'vitest']) expect(existsSync(join(dir, 'node_modules', dev)), dev).toBe(false);

    const child = spawn('npm', ['start'], { cwd: dir, env: { ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info' }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    scope.defer(() => {
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        // already gone
      }
    });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`did not start:\n${out}`)), 30_000);
      const check = () => {
        const m = /running on (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
        if (m) {
          clearTimeout(timer);
          resolve(m[1]!);
        }
      };
      child.stdout.on('data', check);
      child.once('exit', () => reject(new Error(`exited:\n${out}`)));
    });
    // No build ran (nothing to build it with), the client is served, and the workspace went to data/.
    expect(out).not.toMatch(/vite|building/i);
    const page = await fetch(url);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<div id="root">');
    expect(await (await fetch(`${url}/api/setup`)).json()).toEqual({ needed: true });
    expect(existsSync(join(dir, 'data', 'db.json'))).toBe(true);
  }, 180_000);
});
