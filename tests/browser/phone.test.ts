import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ARTIFACTS, browserSuite, dragSelect, locatePhrase, personContext, watchConsole } from '../helpers/browser.ts';
import type { TestServer } from '../helpers/test-server.ts';

/**
 * On a phone (390x844, an iPhone 12-15) the claim opens as a sheet over the
 * article, the capture toolbar keeps off the selection, the top bar folds into
 * a menu and nothing scrolls sideways; at 1440x900 the desktop layout stays.
 */

const CLAIM_PHRASE = 'زودت روسيا بكميات كبيرة من الذخائر';
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1440, height: 900 };

let browser: Browser;
let server: TestServer;
browserSuite((suite) => ({ browser, server } = suite));

async function open(name: string, viewport: { width: number; height: number }, hash = ''): Promise<{ page: Page; problems: string[] }> {
  const page = await (await personContext(browser, server, name, 'reviewer')).newPage();
  await page.setViewportSize(viewport);
  const problems = watchConsole(page);
  await page.goto(server.url + hash);
  return { page, problems };
}

const box = async (l: Locator) => (await l.boundingBox())!;
/** Nothing on the page is wider than the window (no sideways scrolling). */
const sideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
/** The client rectangle of a phrase of the article. */
const phraseRect = (page: Page, phrase: string) =>
  page.evaluate((ph) => {
    for (const p of document.querySelectorAll('article p[data-start]')) {
      const at = p.textContent!.indexOf(ph);
      if (at < 0) continue;
      const r = document.createRange();
      r.setStart(p.firstChild!, at);
      r.setEnd(p.firstChild!, at + ph.length);
      const { top, bottom } = r.getBoundingClientRect();
      // A point inside the words (the box of a phrase over two lines holds other words too).
      const first = r.getClientRects()[0]!;
      return { top, bottom, x: (first.left + first.right) / 2, y: (first.top + first.bottom) / 2 };
    }
    throw new Error(`phrase not rendered: ${ph}`);
  }, phrase);

describe('on a phone', () => {
  it('captures a claim, sets its status, comments and closes the sheet without leaving the article', async () => {
    const { page, problems } = await open('Nadia', PHONE);
    await expect.poll(() => page.locator('article p[data-start]').count()).toBe(13);
    expect(await sideways(page)).toBeLessThanOrEqual(0);

    // The top bar folds into a menu: the links are one tap away and inside the window.
    const menu = page.getByRole('button', { name: 'Menu' });
    const bar = page.locator('header.topbar');
    expect(await bar.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
    expect(await page.getByRole('link', { name: 'Dashboard' }).isVisible()).toBe(false);
    // Whether changes reach colleagues stays in the bar, menu closed.
    const connection = page.getByTestId('connection');
    await expect.poll(() => connection.getAttribute('data-state')).toBe('connected');
    expect(await connection.isVisible()).toBe(true);
    const [c, m] = [await box(connection), await box(menu)];
    expect(c.x >= 0 && c.x + c.width <= PHONE.width && (c.x + c.width <= m.x + 1 || m.x + m.width <= c.x + 1), 'the connection is off screen or under Menu').toBe(true);
    await menu.click();
    for (const target of [page.getByRole('link', { name: 'Articles' }), page.getByRole('link', { name: 'Dashboard' }), page.getByRole('button', { name: 'Sign out' })]) {
      const b = await box(target);
      expect(b.x).toBeGreaterThanOrEqual(0);
      expect(b.x + b.width).toBeLessThanOrEqual(PHONE.width);
      expect(b.y + b.height).toBeLessThanOrEqual(PHONE.height);
    }
    await page.screenshot({ path: join(ARTIFACTS, 'phone-menu.png') });
    await page.keyboard.press('Escape');
    expect(await page.getByRole('link', { name: 'Dashboard' }).isVisible()).toBe(false);
    expect(await menu.evaluate((el) => el === document.activeElement)).toBe(true);

    // Selecting words: the capture toolbar sits clear of them.
    const at = await locatePhrase(page, CLAIM_PHRASE);
    await dragSelect(page, at.paragraph, at.start, at.end);
    const toolbar = page.getByRole('toolbar', { name: 'Capture claim' });
    await toolbar.waitFor();
    const words = await phraseRect(page, CLAIM_PHRASE);
    const tb = await box(toolbar);
    expect(tb.y >= words.bottom || tb.y + tb.height <= words.top, 'the toolbar covers the selection').toBe(true);
    expect(tb.x).toBeGreaterThanOrEqual(0);
    expect(tb.x + tb.width).toBeLessThanOrEqual(PHONE.width);
    await page.screenshot({ path: join(ARTIFACTS, 'phone-capture.png') });
    await toolbar.getByRole('button', { name: 'Capture', exact: true }).click();

    // The claim opens as a sheet over the article: focus inside, the status
    // buttons in view, the claimed words visible above it, the article still there.
    const sheet = page.getByRole('dialog', { name: 'Claim' });
    await sheet.waitFor();
    const disputed = sheet.getByRole('button', { name: /^Disputed/ });
    await disputed.waitFor();
    await expect.poll(() => sheet.evaluate((el) => el.contains(document.activeElement))).toBe(true);
    const sheetBox = await box(sheet);
    expect((await box(disputed)).y + (await box(disputed)).height).toBeLessThanOrEqual(PHONE.height);
    const barBottom = (await box(bar)).y + (await box(bar)).height;
    await expect.poll(() => phraseRect(page, CLAIM_PHRASE).then((r) => r.top >= barBottom && r.bottom <= sheetBox.y)).toBe(true);
    const articleBottom = await page.locator('article.reader').evaluate((el) => el.getBoundingClientRect().bottom);
    expect(articleBottom, 'scrolled past the article').toBeGreaterThan(PHONE.height);
    expect(await sideways(page)).toBeLessThanOrEqual(0);

    await disputed.click();
    await expect.poll(() => disputed.getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => page.locator('[data-claim-id]').getAttribute('data-status')).toBe('disputed');
    await page.screenshot({ path: join(ARTIFACTS, 'phone-sheet.png') });

    const comment = sheet.getByLabel('Comment', { exact: true });
    await comment.scrollIntoViewIfNeeded();
    await comment.fill('المصدر الوحيد هو البنتاغون');
    await sheet.getByRole('button', { name: 'Post comment' }).click();
    await expect.poll(() => sheet.locator('.comment').filter({ hasText: 'المصدر الوحيد هو البنتاغون' }).count()).toBe(1);
    expect(await comment.inputValue()).toBe('');

    // Closing returns focus to the article; the status and comment were kept.
    const scrolled = await page.evaluate(() => window.scrollY);
    await sheet.getByRole('button', { name: 'Close' }).click();
    await expect.poll(() => sheet.count()).toBe(0);
    expect(await page.evaluate(() => Boolean(document.activeElement?.closest('article.reader')))).toBe(true);
    expect(await page.evaluate(() => window.scrollY)).toBe(scrolled);

    // Tapping the highlight opens it again, even with another tab of the list showing; Escape closes it.
    await page.getByRole('tab', { name: 'Activity' }).evaluate((el: HTMLElement) => el.click());
    await expect.poll(() => page.getByRole('tab', { name: 'Activity' }).getAttribute('aria-selected')).toBe('true');
    const r = await phraseRect(page, CLAIM_PHRASE);
    await page.mouse.click(r.x, r.y);
    await sheet.waitFor();
    await expect.poll(() => disputed.getAttribute('aria-pressed')).toBe('true');
    await page.keyboard.press('Escape');
    await expect.poll(() => sheet.count()).toBe(0);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('reads the dashboard in one column, without sideways scrolling', async () => {
    const { page, problems } = await open('Sami', PHONE, '#/dashboard');
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await expect.poll(() => page.locator('.dash-grid > *').count()).toBeGreaterThan(1);
    expect(await sideways(page)).toBeLessThanOrEqual(0);
    const lefts = await page.locator('.dash-grid > *').evaluateAll((els) => els.map((e) => Math.round(e.getBoundingClientRect().left)));
    expect(new Set(lefts).size).toBe(1);
    await page.screenshot({ path: join(ARTIFACTS, 'phone-dashboard.png') });
    await page.goto(`${server.url}#/articles`);
    await page.getByRole('heading', { name: 'Articles' }).first().waitFor();
    expect(await sideways(page)).toBeLessThanOrEqual(0);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});

describe('on a desktop', () => {
  it('keeps the claim beside the article and the links in the bar', async () => {
    const { page, problems } = await open('Rami', DESKTOP);
    await expect.poll(() => page.locator('article p[data-start]').count()).toBe(13);
    expect(await page.getByRole('button', { name: 'Menu' }).isVisible()).toBe(false);
    expect(await page.getByRole('link', { name: 'Dashboard' }).isVisible()).toBe(true);
    const at = await locatePhrase(page, CLAIM_PHRASE);
    await dragSelect(page, at.paragraph, at.start, at.end);
    await page.getByRole('toolbar', { name: 'Capture claim' }).getByRole('button', { name: 'Capture', exact: true }).click();
    const details = page.locator('.sidebar .claim-editor-slot .claim-editor');
    await details.waitFor();
    expect(await page.getByRole('dialog').count()).toBe(0);
    expect((await box(details)).x).toBeGreaterThan((await box(page.locator('article.reader'))).x);
    await page.screenshot({ path: join(ARTIFACTS, 'desktop-claim.png') });
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
