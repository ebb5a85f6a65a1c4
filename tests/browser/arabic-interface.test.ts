import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SEED_ARTICLE_ID } from '../../server/seed/seed-article.ts';
import { ARTIFACTS, browserSuite } from '../helpers/browser.ts';
import { languageApplied, personContextIn, rememberLanguage } from '../helpers/interface-language.ts';
import { claimOn, type TestServer } from '../helpers/test-server.ts';
import { describeFindings, untranslatedText } from '../helpers/untranslated-text.ts';

/**
 * The interface in Arabic leaves nothing in English: every main page is
 * walked for visible interface text with Latin letters (the rule for what
 * counts as user content, and so passes, is in
 * tests/helpers/untranslated-text.ts), and a failure lists each string with
 * the page and a CSS path to it. The page is right-to-left and the top bar
 * mirrors (the brand at the right edge).
 *
 * People keep Latin names on purpose: their names must be marked as user
 * content (<bdi> or dir="auto") to pass, as a name must be in a right-to-left
 * interface anyway.
 */

/** The accounts this file creates: their names are user content wherever they appear. */
const PEOPLE = ['Salma', 'Omar'];

let browser: Browser;
let server: TestServer;
browserSuite((suite) => ({ browser, server } = suite));

/** Checks the page as it is now; soft, so one run lists every page's strings. */
async function noUntranslatedText(page: Page, name: string): Promise<void> {
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: join(ARTIFACTS, `ar-${name}.png`) });
  expect.soft(describeFindings(name, await untranslatedText(page, PEOPLE)), `untranslated text on ${name}`).toEqual([]);
}

async function openAs(name: string, role: 'admin' | 'editor', hash: string): Promise<Page> {
  const page = await (await personContextIn(browser, server, name, role, 'ar')).newPage();
  await page.goto(`${server.url}/${hash}`);
  await languageApplied(page, 'ar');
  return page;
}

describe('the interface in Arabic', () => {
  it('the sign-in page is right-to-left and all in Arabic', async () => {
    await server.login('Salma', 'admin'); // an account exists, so the sign-in page rather than setup
    const page = await (await rememberLanguage(await browser.newContext({ viewport: { width: 1280, height: 900 } }), 'ar')).newPage();
    await page.goto(server.url);
    await page.locator('input[type=password]').waitFor();
    await languageApplied(page, 'ar');
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    await noUntranslatedText(page, 'sign-in');

    // The check can fail: an English label added to the page is reported with where it is...
    const found = async () => describeFindings('sign-in', await untranslatedText(page, PEOPLE));
    const before = await found();
    await page.evaluate(() => document.querySelector('form')!.append(Object.assign(document.createElement('button'), { textContent: 'Forgot password?' })));
    const added = (await found()).filter((f) => !before.includes(f));
    expect(added).toEqual([expect.stringMatching(/^sign-in: "Forgot password\?" at .*form.* > button$/)]);
    // ...and user content marked as such passes: a name in <bdi>, a URL inside Arabic words,
    // a format's name, a person's name in a title.
    await page.evaluate(() => {
      document.querySelector('form > button:last-child')!.remove();
      const p = document.createElement('p');
      p.innerHTML = 'كتبه <bdi>Omar</bdi>: https://example.org/a <span title="Salma (أنت)">تصدير JSON-LD وCSV</span>';
      document.querySelector('form')!.append(p);
    });
    expect(await found()).toEqual(before);
    await page.context().close();
  });

  it('the reader, a claim open, the sidebar tabs, history and the revision editor are all in Arabic, and the top bar mirrors', async () => {
    const omar = await server.connect('Omar', 'editor');
    const id = await claimOn(server, omar, 'الدول الغربية');
    await omar.timeout(5000).emitWithAck('comment:create', { claimId: id, text: 'هل من مصدر مستقل لهذا؟' });
    const page = await openAs('Salma', 'admin', `#/articles/${SEED_ARTICLE_ID}`);
    await page.locator('article p[data-start]').first().waitFor();
    await page.locator('.sidebar [data-claim-id]').first().waitFor();
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');

    // Mirrored: the brand sits at the right edge of the bar, right of every link.
    const bar = (await page.locator('header.topbar').boundingBox())!;
    const brand = (await page.locator('header.topbar .brand').boundingBox())!;
    const links = await page.locator('header.topbar .nav-link').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().right));
    expect(links.length).toBeGreaterThan(0);
    expect(brand.x + brand.width).toBeGreaterThan(bar.x + bar.width - 48);
    for (const right of links) expect(brand.x).toBeGreaterThanOrEqual(right);
    await noUntranslatedText(page, 'claims-panel');

    await page.locator('.sidebar [data-claim-id]').first().click();
    await page.locator('.claim-editor').waitFor();
    await page.locator('[data-testid=comments] li').first().waitFor();
    await noUntranslatedText(page, 'claim-open');

    for (const tab of ['activity', 'reports']) {
      await page.locator(`#tab-${tab}`).click();
      await page.locator(`#panel-${tab}`).waitFor();
      await page.waitForLoadState('networkidle');
      await noUntranslatedText(page, `${tab}-tab`);
    }
    await page.locator('#tab-claims').click();

    // The reader's tools: History (the toggle with aria-expanded), then Edit article (the admin's other button).
    const history = page.locator('.reader-tools button[aria-expanded]');
    await history.click();
    await page.locator('.revision-history').waitFor();
    await page.waitForLoadState('networkidle');
    await noUntranslatedText(page, 'history');
    await history.click();
    await page.locator('.reader-tools button:not([aria-expanded])').click();
    await page.locator('.revision-editor').waitFor();
    await noUntranslatedText(page, 'revision-editor');
    await page.context().close();
  });

  it('the articles, dashboard, sources and users pages are all in Arabic', async () => {
    const page = await openAs('Salma', 'admin', '#/articles');
    await page.locator('[data-testid=article-list] li').first().waitFor();
    await noUntranslatedText(page, 'articles');
    await page.goto(`${server.url}/#/dashboard`);
    await page.getByTestId('status-chart').waitFor();
    await noUntranslatedText(page, 'dashboard');
    for (const [hash, name] of [
      ['#/sources', 'sources'],
      ['#/admin/users', 'users-and-settings'],
    ] as const) {
      await page.goto(`${server.url}/${hash}`);
      await page.locator('main h1, h1').first().waitFor();
      await page.waitForLoadState('networkidle');
      await noUntranslatedText(page, name);
    }
    await page.context().close();
  });
});
