import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SEED_ARTICLE_ID } from '../../server/seed/seed-article.ts';
import { ARTIFACTS, browserSuite, highlightSize, personContext, watchConsole } from '../helpers/browser.ts';
import type { TestServer } from '../helpers/test-server.ts';

/**
 * A keyboard-only reviewer creates a claim on the Arabic seed article: the
 * skip link reaches the article, arrow keys move a caret through the
 * right-to-left text, Shift extends the selection by words, Enter reaches the
 * capture toolbar and Enter captures. The claim is then exposed to assistive
 * technology (the paragraph's description names it, the caret announces it)
 * and Enter on it opens it; focus comes back to the article each time.
 */

let browser: Browser;
let server: TestServer;
browserSuite((suite) => ({ browser, server } = suite));

const focused = (page: Page) => page.evaluate(() => {
  const el = document.activeElement;
  return el ? `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}|${el.textContent?.trim().slice(0, 40) ?? ''}` : '';
});
const selectedText = (page: Page) => page.evaluate(() => document.getSelection()?.toString() ?? '');

describe('keyboard-only capture', () => {
  it('selects words of the Arabic article with the keys, captures them, and hears and opens the claim', async () => {
    const page = await (await personContext(browser, server, 'Layla', 'reviewer')).newPage();
    const problems = watchConsole(page);
    await page.goto(`${server.url}/#/articles/${SEED_ARTICLE_ID}`);
    const first = page.locator('article p[data-start]').first();
    await first.waitFor();
    const words = (await first.textContent())!.trim().split(/\s+/u);

    // The first Tab stop is the skip link, shown when focused; it moves focus to the article text.
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('a|Skip to article');
    expect(await page.getByRole('link', { name: 'Skip to article' }).isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    expect(await focused(page)).toMatch(/^div#article-text\|/);
    await page.screenshot({ path: join(ARTIFACTS, 'keyboard-focus.png') });
    expect(await highlightSize(page, 'reader-caret')).toBe(1);

    // In right-to-left text the left arrow reads on. Skip the first word, then select the next two.
    await page.keyboard.press('Control+ArrowLeft');
    await page.keyboard.press('Control+Shift+ArrowLeft');
    await page.keyboard.press('Control+Shift+ArrowLeft');
    const quote = (await selectedText(page)).trim();
    expect(quote.split(/\s+/u)).toEqual(words.slice(1, 3));
    // Shift+Right gives a letter back (grapheme by grapheme), so the selection shrinks from its far end.
    await page.keyboard.press('Shift+ArrowRight');
    expect((await selectedText(page)).trim()).toBe(quote.slice(0, -1));
    await page.keyboard.press('Shift+ArrowLeft');
    expect((await selectedText(page)).trim()).toBe(quote);

    // Enter takes the focus to the capture toolbar; Enter on its first button captures.
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toBe('button|Capture');
    await page.screenshot({ path: join(ARTIFACTS, 'keyboard-toolbar.png') });
    await page.keyboard.press('Enter');
    await expect.poll(() => highlightSize(page, 'claim-unreviewed')).toBe(1);
    // The highlight is drawn at once; the server has it once the socket (loaded after the first paint) delivers it.
    const quotesStored = async () => Object.values((await server.dump()).claims).filter((c) => c.articleId === SEED_ARTICLE_ID).map((c) => c.target.quote.exact);
    await expect.poll(quotesStored).toEqual([quote]);
    // Back in the article, caret at the end of the captured words: no stray toolbar.
    expect(await focused(page)).toMatch(/^div#article-text\|/);
    expect(await page.locator('[role=toolbar][aria-label="Capture claim"]').count()).toBe(0);

    // The paragraph is described by a list naming the claim, status and words.
    const describedBy = await first.getAttribute('aria-describedby');
    expect(describedBy).toBeTruthy();
    const description = await page.locator(`[id="${describedBy}"]`).textContent();
    expect(description).toContain('Unreviewed claim:');
    expect(description).toContain(quote);

    // Moving the caret into the claim announces it; Enter there opens it, and the chooser-free path keeps focus sensible.
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.locator('.reader [role=status]').textContent()).toContain(quote);
    await page.keyboard.press('Enter');
    await expect.poll(() => highlightSize(page, 'claim-selected')).toBe(1);
    // Escape-free check: leaving the claim is announced too.
    await page.keyboard.press('End');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.locator('.reader [role=status]').textContent()).toBe('Not in a claim');
    expect(problems).toEqual([]);
  });

  it('Escape on the capture toolbar returns to the article with the selection kept', async () => {
    const page = await (await personContext(browser, server, 'Karim', 'reviewer')).newPage();
    await page.goto(`${server.url}/#/articles/${SEED_ARTICLE_ID}`);
    await page.locator('article p[data-start]').first().waitFor();
    await page.locator('#article-text').focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Control+Shift+ArrowLeft');
    const selected = await selectedText(page);
    expect(selected.trim().length).toBeGreaterThan(0);
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toBe('button|Capture');
    await page.keyboard.press('Escape');
    expect(await focused(page)).toMatch(/^div#article-text\|/);
    expect(await selectedText(page)).toBe(selected);
    expect(await page.locator('[role=toolbar][aria-label="Capture claim"]').count()).toBe(0);

    // Closing the revision history from inside it gives the focus back to its button.
    await page.getByRole('button', { name: 'History', exact: true }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Close history' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toBe('button|History');
  });
});
