import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SEED_ARTICLE_ID } from '../../server/seed/seed-article.ts';
import { ARTIFACTS, browserSuite, personContext, watchConsole } from '../helpers/browser.ts';
import { claimOn, type TestServer } from '../helpers/test-server.ts';

/**
 * Seeing a revision before saving it, and comparing revisions afterwards,
 * in Chromium on the Arabic seed article: the preview lists the claim that
 * will move and the one that will be orphaned, saving does exactly that,
 * and the history shows the two revisions' words side by side in one text.
 */

let browser: Browser;
let server: TestServer;
browserSuite((suite) => ({ browser, server } = suite));

const MOVES = 'زودت روسيا بكميات كبيرة من الذخائر';
const LOST = 'بعد تسعة أشهر من زيارة كيم جونغ أون لروسيا';
const NEW_WORDS = 'بعد أشهر قليلة';
const NEW_PARAGRAPH = 'فقرة جديدة أضيفت بعد نشر المقال لتوضيح السياق.';
const SIZES = [
  { name: 'desktop', width: 1440, height: 900 },
  { name: 'phone', width: 390, height: 844 },
];

/** Screenshots of `region` at both sizes, each scrolled into view; the page ends at the desktop size. */
async function shoot(page: Page, region: string, file: string): Promise<void> {
  for (const size of [...SIZES].reverse()) {
    await page.setViewportSize(size);
    await page.locator(region).scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(ARTIFACTS, `${file}-${size.name}.png`) });
  }
}

describe('a revision seen before it is saved, then compared with the one before', () => {
  it('the preview names the claim that will move and the one that will be orphaned; saving does that; the history shows the words changed', async () => {
    const omar = await server.connect('Omar', 'reviewer');
    const movesId = await claimOn(server, omar, MOVES);
    const lostId = await claimOn(server, omar, LOST);

    const page = await (await personContext(browser, server, 'Mona', 'editor')).newPage();
    const problems = watchConsole(page);
    const workers: string[] = [];
    page.on('worker', (w) => workers.push(w.url()));
    await page.setViewportSize(SIZES[0]!);
    await page.goto(`${server.url}/#/articles/${SEED_ARTICLE_ID}`);
    await page.locator('article p[data-start]').first().waitFor();

    await page.getByRole('button', { name: 'Edit article' }).click();
    const textarea = page.getByLabel('Article body');
    const seed = (await textarea.inputValue()).split('\n\n');
    const preview = page.getByTestId('revision-preview');
    expect(await preview.count()).toBe(0);

    // A paragraph before both claims; the paragraph the second quotes is rewritten.
    const revised = [...seed];
    revised[6] = `وتأتي هذه الرحلة ${NEW_WORDS} من لقاء الزعيمين في أقصى الشرق الروسي، حيث لم يعلن عن أي اتفاقات.`;
    revised.splice(1, 0, NEW_PARAGRAPH);
    await textarea.fill(revised.join('\n\n'));
    await expect.poll(() => preview.locator('.effect-counts').innerText()).toBe('1 will move · 1 will be orphaned');
    const items = preview.getByRole('list', { name: 'Claims this revision changes' }).getByRole('button');
    // In the order of the text: the orphan's paragraph comes first.
    expect(await items.allTextContents()).toEqual([`will be orphaned${LOST}`, `will move${MOVES}`]);
    expect(await preview.locator('bdi').first().getAttribute('dir')).toBe('rtl');
    // The dry run ran in a worker (the Content-Security-Policy allows it), not on the page's thread.
    expect(workers.some((url) => /mapping\.worker-[\w-]+\.js$/.test(url))).toBe(true);
    await shoot(page, '[data-testid=revision-preview]', 'revision-preview');

    // Choosing a listed claim opens it in the claims list beside the editor.
    await items.nth(0).click();
    await expect.poll(() => page.locator(`[data-claim-id="${lostId}"]`).getAttribute('aria-current')).toBe('true');

    await page.getByRole('button', { name: 'Save revision' }).click();
    await expect.poll(() => page.getByTestId('revision-summary').innerText()).toContain('Revision 2 by Mona: 1 claim moved, 1 orphaned');
    const stored = (await server.dump()).claims;
    expect([stored[movesId]!.orphaned, stored[lostId]!.orphaned]).toEqual([false, true]);

    // The history compares revision 1 with revision 2, word by word.
    await page.getByRole('button', { name: 'History' }).click();
    const history = page.getByRole('region', { name: 'Revision history' });
    await history.getByRole('button', { name: 'Show changes' }).click();
    const diff = history.getByTestId('revision-diff');
    await expect.poll(() => diff.getByRole('heading').first().innerText()).toBe('Changes from revision 1 to revision 2');
    const body = diff.locator('.diff-body');
    expect([await body.getAttribute('dir'), await body.getAttribute('lang')]).toEqual(['rtl', 'ar']);
    expect(await body.locator('ins').first().innerText()).toBe(NEW_PARAGRAPH);
    // Read without the removed words it is revision 2, without the added ones revision 1.
    const without = (tag: string) =>
      body.evaluate((el, t) => {
        const copy = el.cloneNode(true) as HTMLElement;
        copy.querySelectorAll(t).forEach((n) => n.remove());
        return [...copy.querySelectorAll('p')].map((p) => p.textContent).filter((p) => p !== '');
      }, tag);
    expect(await without('del')).toEqual(revised);
    expect(await without('ins')).toEqual(seed);
    expect((await body.locator('ins').allInnerTexts()).join(' ')).toContain('قليلة');
    // Marked by line, not colour alone, and the Arabic around them still in one right-to-left paragraph.
    const decoration = (tag: string) => body.locator(tag).first().evaluate((el) => getComputedStyle(el).textDecorationLine);
    expect([await decoration('ins'), await decoration('del')]).toEqual(['underline', 'line-through']);
    expect(await body.locator('ins').first().evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
    await expect.poll(() => diff.getByRole('list', { name: 'Claims these changes affected' }).getByRole('button').count()).toBe(2);
    expect(await diff.locator('.effect-counts').innerText()).toBe('1 moved · 1 orphaned');
    await shoot(page, '[data-testid=revision-diff]', 'revision-diff');

    expect(problems).toEqual([]);
    await page.context().close();
  });
});
