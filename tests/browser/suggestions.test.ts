import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ARTIFACTS, browserSuite, highlightSize, personContext, watchConsole } from '../helpers/browser.ts';
import type { TestServer } from '../helpers/test-server.ts';

const WESTERN_STATES = 'الدول الغربية';
const MUNITIONS = 'زودت روسيا بكميات كبيرة من الذخائر';
const PENTAGON = 'البنتاجون';
const PENTAGON_WORDS = 'باستخدام الصواريخ الباليستية';

let browser: Browser;
let server: TestServer;
browserSuite((suite) => ({ browser, server } = suite));

/** The middle of `phrase` in the rendered article, in page coordinates (for a click on those words). */
function pointOn(page: Page, phrase: string): Promise<{ x: number; y: number }> {
  return page.evaluate((ph) => {
    for (const p of document.querySelectorAll('article p[data-start]')) {
      const at = p.textContent!.indexOf(ph);
      if (at < 0) continue;
      p.scrollIntoView({ block: 'center' });
      const range = document.createRange();
      range.setStart(p.firstChild!, at);
      range.setEnd(p.firstChild!, at + ph.length);
      const box = range.getClientRects()[0]!;
      return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
    }
    throw new Error(`phrase not rendered: ${ph}`);
  }, phrase);
}

const panel = (page: Page) => page.getByRole('region', { name: /suggested claim/ });
const listed = (page: Page, source: string) => panel(page).locator('li', { hasText: source });

describe('suggested claims on the Arabic seed article', () => {
  it('Layla shows them and accepts one with one click; Omar dismisses another and it goes for Layla live; a reload keeps both', async () => {
    const layla = await (await personContext(browser, server, 'Layla', 'reviewer')).newPage();
    const omar = await (await personContext(browser, server, 'Omar', 'reviewer')).newPage();
    // Kept as the arrays themselves: they fill as the pages run.
    const problemsLayla = watchConsole(layla);
    const problemsOmar = watchConsole(omar);
    await layla.setViewportSize({ width: 1440, height: 900 });
    await Promise.all([layla.goto(server.url), omar.goto(server.url)]);
    await expect.poll(() => layla.locator('article p[data-start]').count()).toBe(13);
    await expect.poll(() => omar.locator('article p[data-start]').count()).toBe(13);
    // Off until asked for: nothing is painted or listed.
    expect(await highlightSize(layla, 'suggestion')).toBe(0);

    const toggle = layla.getByRole('button', { name: 'Suggestions' });
    await toggle.click();
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => listed(layla, WESTERN_STATES).count()).toBe(1);
    const shown = await panel(layla).locator('li').count();
    expect(shown).toBeGreaterThanOrEqual(7);
    await expect.poll(() => highlightSize(layla, 'suggestion')).toBe(shown);
    expect(await highlightSize(layla, 'claim-attributed')).toBe(0);
    await layla.evaluate(() => document.fonts.ready);
    await panel(layla).screenshot({ path: join(ARTIFACTS, 'suggestions-panel.png') });
    await layla.locator('article p[data-start]', { hasText: MUNITIONS }).scrollIntoViewIfNeeded();
    await layla.screenshot({ path: join(ARTIFACTS, 'suggestions-1440.png') });

    // One click: the claim exists, with its words, its source and a drafted summary, for both.
    await listed(layla, WESTERN_STATES).getByRole('button', { name: /^Accept/ }).click();
    for (const page of [layla, omar]) {
      await expect.poll(() => page.locator('[data-claim-id]').count()).toBe(1);
      const card = page.locator('[data-claim-id]');
      expect(await card.getAttribute('data-status')).toBe('attributed');
      expect(await card.locator('.claim-quote').innerText()).toContain(MUNITIONS);
      expect(await card.innerText()).toContain(WESTERN_STATES);
      expect(await card.locator('.claim-summary').innerText()).toMatch(new RegExp(`^${WESTERN_STATES}: `));
    }
    await expect.poll(() => highlightSize(layla, 'claim-attributed')).toBe(1);
    await expect.poll(() => listed(layla, WESTERN_STATES).count()).toBe(0);
    await expect.poll(() => highlightSize(layla, 'suggestion')).toBe(shown - 1);

    // Omar shows them too, clicks the Pentagon's words and dismisses that suggestion.
    await omar.getByRole('button', { name: 'Suggestions' }).click();
    await expect.poll(() => listed(omar, PENTAGON).count()).toBe(1);
    const at = await pointOn(omar, PENTAGON_WORDS);
    await omar.mouse.click(at.x, at.y);
    const actions = omar.getByRole('dialog', { name: 'Suggested claim' });
    await actions.waitFor();
    expect(await actions.innerText()).toContain(PENTAGON);
    await actions.getByRole('button', { name: 'Dismiss' }).click();
    await expect.poll(() => listed(omar, PENTAGON).count()).toBe(0);

    // Layla sees it go without reloading; a reload keeps it gone (and keeps suggestions shown).
    await expect.poll(() => listed(layla, PENTAGON).count()).toBe(0);
    await expect.poll(() => highlightSize(layla, 'suggestion')).toBe(shown - 2);
    await layla.reload();
    await expect.poll(() => listed(layla, 'الكرملين').count()).toBeGreaterThan(0);
    expect(await listed(layla, PENTAGON).count()).toBe(0);
    expect(await listed(layla, WESTERN_STATES).count()).toBe(0);
    expect(await layla.getByRole('button', { name: 'Suggestions' }).getAttribute('aria-pressed')).toBe('true');

    await layla.setViewportSize({ width: 390, height: 844 });
    await layla.locator('article p[data-start]', { hasText: MUNITIONS }).scrollIntoViewIfNeeded();
    await layla.screenshot({ path: join(ARTIFACTS, 'suggestions-390.png') });
    expect([...problemsLayla, ...problemsOmar]).toEqual([]);
  });
});
