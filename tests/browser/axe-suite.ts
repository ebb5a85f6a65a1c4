import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { BrowserContext, Page } from 'playwright-core';
import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SEED_ARTICLE_ID } from '../../server/seed/seed-article.ts';
import { ARTIFACTS, browserSuite, personContext } from '../helpers/browser.ts';
import { rememberLanguage } from '../helpers/interface-language.ts';
import { claimOn, type TestServer } from '../helpers/test-server.ts';

/**
 * axe-core over every main page, in an interface language: no serious
 * or critical violation (contrast, names, labels, landmarks, ARIA). The
 * article itself is the Arabic seed whatever the interface language.
 *
 * Pages and controls are found by structure (ids, classes, test ids), not
 * by their English words, so one walk serves both languages. Each language
 * runs from a file of its own (axe.en.test.ts, axe.ar.test.ts), so the two
 * walks, the slowest browser tests, can run side by side.
 */
export const INTERFACE_LANGUAGES = ['en', 'ar'] as const;
type Lang = (typeof INTERFACE_LANGUAGES)[number];


/** Serious and critical violations on the page as it is now, one line each (rule, element, summary). */
async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}) at ${n.target.join(' ')}: ${n.failureSummary?.split('\n')[1]?.trim() ?? v.help}`));
}

// The account has no saved language here, so the browser's remembered one holds after sign-in too.
const inLanguage = (context: BrowserContext, lang: Lang) => rememberLanguage(context, lang);

/** axe walks the whole page; on the shared 2-core machine that takes seconds per page. */
const AXE_TIMEOUT = 240_000;

export function axeSuite(lang: Lang): void {
  let browser: Browser;
  let server: TestServer;
  browserSuite((suite) => ({ browser, server } = suite));
  const plainContext = () => browser.newContext({ viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1 }).then((c) => inLanguage(c, lang));
  describe(`axe-core, interface in ${lang}`, () => {
    const check = async (page: Page, name: string) => {
      await page.screenshot({ path: join(ARTIFACTS, `axe-${lang}-${name}.png`) });
      expect.soft(await seriousViolations(page), `${name} (${lang})`).toEqual([]);
    };

    it('setup (fresh workspace) and sign-in have no serious violations', async () => {
      const page = await (await plainContext()).newPage();
      // Only a workspace without accounts shows the setup page: the first test of the file sees it.
      await page.goto(server.url);
      await page.getByRole('heading').first().waitFor();
      if (await page.getByText(/first admin|set up/i).count()) await check(page, 'setup');
      await server.login('Admin', 'admin');
      await page.reload();
      await page.locator('input[type=password]').waitFor();
      await check(page, 'sign-in');
      // The check itself can fail: a button without a name is a critical violation it must report.
      await page.evaluate(() => document.body.append(document.createElement('button')));
      expect(await seriousViolations(page)).toEqual([expect.stringMatching(/^button-name \(critical\)/)]);
    }, AXE_TIMEOUT);

    it('the reader with claims, a claim open, the sidebar tabs, history and suggestions have no serious violations', async () => {
      const socket = await server.connect('Omar', 'editor');
      await claimOn(server, socket, 'الرئيس الروسي');
      await claimOn(server, socket, 'الدول الغربية');
      const page = await (await inLanguage(await personContext(browser, server, 'Admin', 'admin'), lang)).newPage();
      await page.goto(`${server.url}/#/articles/${SEED_ARTICLE_ID}`);
      await page.locator('article p[data-start]').first().waitFor();
      await page.locator('.sidebar [data-claim-id]').first().waitFor();
      await check(page, 'reader');

      await page.locator('.sidebar [data-claim-id]').first().click();
      await page.locator('.sidebar .claim-card.is-selected').first().waitFor();
      await check(page, 'claim-open');

      for (const tab of ['activity', 'reports']) {
        await page.locator(`#tab-${tab}`).click();
        await page.locator(`#panel-${tab}`).waitFor();
        await check(page, tab);
      }
      await page.locator('#tab-claims').click();

      const history = page.locator('.reader-tools button[aria-expanded]');
      await history.click();
      await page.locator('.revision-history').waitFor();
      await check(page, 'history');
      await history.click();

      await page.locator('.suggestions-toggle').click();
      await expect.poll(() => page.locator('.suggestions-toggle').getAttribute('aria-pressed')).toBe('true');
      await check(page, 'suggestions');
    }, AXE_TIMEOUT);

    it('articles, dashboard and users pages have no serious violations', async () => {
      const page = await (await inLanguage(await personContext(browser, server, 'Admin', 'admin'), lang)).newPage();
      await page.goto(`${server.url}/#/articles`);
      await page.locator('[data-testid=article-list] li').first().waitFor();
      await check(page, 'articles');
      await page.goto(`${server.url}/#/dashboard`);
      await page.getByTestId('status-chart').waitFor();
      await check(page, 'dashboard');
      await page.goto(`${server.url}/#/admin/users`);
      await page.locator('.users-table tbody tr').first().waitFor();
      await check(page, 'users');
    }, AXE_TIMEOUT);
  });
}
