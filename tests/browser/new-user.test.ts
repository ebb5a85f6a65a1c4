import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SEED_ARTICLE_ID } from '../../server/seed/seed-article.ts';
import { ARTIFACTS, browserSuite, personContext, watchConsole } from '../helpers/browser.ts';
import { claimOn, type TestServer } from '../helpers/test-server.ts';

/** Defects a new user found (issue 11), in Chromium: a mention read from the badge, and a forgotten password. */

let browser: Browser;
let server: TestServer;
browserSuite((suite) => ({ browser, server } = suite));

describe('the mentions badge', () => {
  it('opens the claim, scrolls its comment into view, and stops counting it once seen', async () => {
    await server.login('Layla', 'reviewer');
    const omar = await server.connect('Omar', 'reviewer');
    const claimId = await claimOn(server, omar, 'وثائق مهمة للغاية');
    // Enough discussion above it that the mention starts out of view.
    for (let i = 1; i <= 14; i++) await omar.timeout(5000).emitWithAck('comment:create', { claimId, text: `ملاحظة رقم ${i}: مصدر آخر يجب التحقق منه قبل النشر، مع تفاصيل إضافية كثيرة.` });
    const ack = await omar.timeout(5000).emitWithAck('comment:create', { claimId, text: '@Layla can you confirm this quote?' });
    expect(ack.ok).toBe(true);

    const page = await (await personContext(browser, server, 'Layla', 'reviewer')).newPage();
    const problems = watchConsole(page);
    await page.goto(`${server.url}/#/articles/${SEED_ARTICLE_ID}`);
    const badge = page.getByTestId('mentions');
    await expect.poll(() => badge.getAttribute('data-count')).toBe('1');
    await badge.click();
    const mention = page.locator('li.comment[data-mentions-me="true"]');
    await mention.waitFor();
    await expect.poll(() => mention.evaluate((el) => {
      const r = el.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= window.innerHeight;
    })).toBe(true);
    // Seen: the badge has nothing left to count, and says so after a reload too.
    await expect.poll(() => badge.count()).toBe(0);
    await page.screenshot({ path: join(ARTIFACTS, 'mention-opened.png') });
    await page.reload();
    await page.locator('article p[data-start]').first().waitFor();
    await expect.poll(() => page.locator('.comment, [data-testid=mentions]').count()).toBe(0);
    expect(problems).toEqual([]);
  });
});

describe('a password-reset link', () => {
  it('an admin issues it; the colleague sets a new password with it once, and their other sessions end', async () => {
    const omarOld = await personContext(browser, server, 'Omar', 'reviewer');
    const admin = await (await personContext(browser, server, 'Mona', 'admin')).newPage();
    await admin.goto(`${server.url}/#/admin/users`);
    await admin.getByLabel('Account to reset').selectOption((await server.login('Omar', 'reviewer')).user.id);
    await admin.getByRole('button', { name: 'Create reset link' }).click();
    const url = (await admin.getByTestId('reset-url').textContent())!;
    expect(url).toMatch(/\/#\/reset\/[\w-]{40,}$/);
    await admin.screenshot({ path: join(ARTIFACTS, 'reset-link-issued.png'), fullPage: true });

    const fresh = await (await browser.newContext()).newPage();
    await fresh.goto(url);
    await expect.poll(() => fresh.getByTestId('reset-for').textContent()).toContain('Omar');
    await fresh.getByLabel('New password', { exact: true }).fill('a brand new passphrase');
    await fresh.getByLabel('Confirm new password').fill('a brand new passphrase');
    await fresh.getByRole('button', { name: 'Set password and sign in' }).click();
    await fresh.locator('article p[data-start]').first().waitFor();
    expect(await fresh.evaluate(() => location.hash)).not.toContain('reset');

    expect((await omarOld.request.get(`${server.url}/api/auth/me`)).status()).toBe(401);
    const again = await (await browser.newContext()).newPage();
    await again.goto(url);
    await expect.poll(() => again.getByRole('alert').textContent()).toMatch(/not valid or was already used/);
    // Four pages on two shared cores: more than one test's usual allowance.
  }, 120_000);
});
