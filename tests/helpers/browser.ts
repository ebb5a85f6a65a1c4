import { existsSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { SESSION_COOKIE } from '../../server/http/session-cookie.ts';
import type { Role } from '../../shared/domain/roles.ts';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { startTestServer, tempDir, type TestServer } from './test-server.ts';

export const CLIENT_DIR = fileURLToPath(new URL('../../dist/client', import.meta.url));
export const ARTIFACTS = fileURLToPath(new URL('../artifacts', import.meta.url));

/** Debian's Chromium, started as the machine notes say (no sandbox as root, no background traffic). */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(`${CLIENT_DIR}/index.html`)) {
    throw new Error('dist/client is missing: run `npm run build` first (npm test does).');
  }
  mkdirSync(ARTIFACTS, { recursive: true });
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
      '--disable-quic',
      '--font-render-hinting=none',
    ],
  });
}

/**
 * A browser context signed in as `name` with `role`: the account is created
 * directly in the store (as test helpers may) and its session cookie set.
 */
export async function personContext(browser: Browser, server: TestServer, name: string, role: Role = 'reviewer'): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1 });
  const { token } = await server.login(name, role);
  await context.addCookies([{ name: SESSION_COOKIE, value: token, url: server.url, httpOnly: true, sameSite: 'Lax' }]);
  return context;
}

/** Fails the test on any CSP violation or uncaught error the page reports. */
export function watchConsole(page: Page): string[] {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('console', (msg) => {
    if (/Content Security Policy|Refused to/i.test(msg.text())) problems.push(`csp: ${msg.text()}`);
  });
  return problems;
}

/** Number of ranges painted in the named CSS highlight (0 when absent). */
export function highlightSize(page: Page, name: string): Promise<number> {
  return page.evaluate((n) => CSS.highlights.get(n)?.size ?? 0, name);
}

/** The paragraph index and in-paragraph offsets of `phrase` in the rendered article. */
export async function locatePhrase(page: Page, phrase: string): Promise<{ paragraph: number; start: number; end: number }> {
  return page.evaluate((ph) => {
    const ps = [...document.querySelectorAll('article p[data-start]')];
    for (let i = 0; i < ps.length; i++) {
      const at = ps[i]!.textContent!.indexOf(ph);
      if (at >= 0) return { paragraph: i, start: at, end: at + ph.length };
    }
    throw new Error(`phrase not rendered: ${ph}`);
  }, phrase);
}

/**
 * Selects characters [start, end) of a paragraph by dragging the mouse, as a
 * person does: press at the start of the first character (its right edge in
 * right-to-left text), release at the end of the last one.
 *
 * The words are first brought to the middle of the window and the page
 * left to settle: the app scrolls smoothly to claims it opens, and a drag
 * computed while that animation runs, or on words under the sticky bars,
 * would select nothing. The points are checked to land on the paragraph.
 */
export async function dragSelect(page: Page, paragraph: number, start: number, end: number): Promise<void> {
  const pts = await page.evaluate(
    async ([pi, s, e]) => {
      const p = document.querySelectorAll('article p[data-start]')[pi]!;
      const node = p.firstChild!;
      const rect = (i: number) => {
        const r = document.createRange();
        r.setStart(node, i);
        r.setEnd(node, i + 1);
        return r.getClientRects()[0]!;
      };
      const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
      // Wait for any smooth scroll to finish: the words stay put for a few frames.
      let last = NaN;
      for (let still = 0, tries = 0; still < 3 && tries < 120; tries++) {
        await frame();
        const top = rect(s).top;
        still = top === last ? still + 1 : 0;
        last = top;
      }
      window.scrollBy({ top: rect(s).top - window.innerHeight / 2, behavior: 'instant' });
      await frame();
      const a = rect(s);
      const b = rect(e - 1);
      const rtl = getComputedStyle(p).direction === 'rtl';
      const pts = {
        x1: rtl ? a.right - 0.5 : a.left + 0.5,
        y1: a.top + a.height / 2,
        x2: rtl ? b.left + 0.5 : b.right - 0.5,
        y2: b.top + b.height / 2,
      };
      const hits = (x: number, y: number) => p.contains(document.elementFromPoint(x, y));
      if (!hits(pts.x1, pts.y1) || !hits(pts.x2, pts.y2)) throw new Error('the words to select are covered or off screen');
      return pts;
    },
    [paragraph, start, end] as const,
  );
  await page.mouse.move(pts.x1, pts.y1);
  await page.mouse.down();
  await page.mouse.move(pts.x2, pts.y2, { steps: 12 });
  await page.mouse.up();
}

/**
 * Resolves once the page has handled a finished selection, so that what it
 * would show for it (the capture toolbar) is shown. The reader looks at the
 * selection in a zero-delay timer set on mouseup, and timers of one delay run
 * in the order they were set; React renders what that timer set in a task it
 * posts as a message, and a message posted after it, from a later timer, is
 * handled after it. So "not shown" is checked after the moment it would have
 * been, not after a guessed pause.
 */
export async function selectionHandled(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) =>
        setTimeout(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => {
            channel.port1.close();
            resolve();
          };
          channel.port2.postMessage(null);
        }, 0),
      ),
  );
}

/**
 * The setup every browser test file shares: a real server on a temp db file
 * serving the built client, and one Chromium; both torn down after the file.
 * `ready` receives them (assign them to the file's variables there).
 */
export function browserSuite(ready: (suite: { browser: Browser; server: TestServer }) => void): void {
  let cleanup: (() => void) | undefined;
  let suite: { browser: Browser; server: TestServer } | undefined;
  beforeAll(async () => {
    const t = tempDir();
    cleanup = t.cleanup;
    const server = await startTestServer(join(t.dir, 'db.json'), { clientDir: CLIENT_DIR });
    suite = { server, browser: await launchChromium() };
    ready(suite);
  });
  afterAll(async () => {
    await suite?.browser.close();
    await suite?.server.stop();
    cleanup?.();
  });
}
