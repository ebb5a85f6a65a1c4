import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { PRESENCE_COLORS } from '../../shared/domain/presence.ts';
import { ARTIFACTS, dragSelect, highlightSize, locatePhrase, personContext, watchConsole, browserSuite } from '../helpers/browser.ts';
import type { TestServer } from '../helpers/test-server.ts';

/** Who is here, what they have open, and what they are selecting, live. */

const PHRASE = 'وتزعم الدول الغربية';
const CLAIM_PHRASE = 'زودت روسيا بكميات كبيرة من الذخائر';

let browser: Browser;
let server: TestServer;
browserSuite((suite) => ({ browser, server } = suite));


async function open(name: string): Promise<{ page: Page; problems: string[] }> {
  const page = await (await personContext(browser, server, name, 'reviewer')).newPage();
  const problems = watchConsole(page);
  await page.goto(server.url);
  await expect.poll(() => page.locator('article p[data-start]').count()).toBe(13);
  return { page, problems };
}

/** Sum of the sizes of all presence highlights on a page. */
const presencePainted = (page: Page) =>
  page.evaluate((n) => Array.from({ length: n }, (_, i) => CSS.highlights.get(`presence-${i}`)?.size ?? 0).reduce((a, b) => a + b, 0), PRESENCE_COLORS.length);

describe('presence', () => {
  it('shows who is here, paints a colleague’s selection in their colour, and marks the claim they have open', async () => {
    const { page: a, problems: pa } = await open('Layla');
    const { page: b, problems: pb } = await open('Omar');
    await expect.poll(() => b.getByLabel('People in this article').innerText()).toContain('Layla');
    const laylaDot = b.getByLabel('People in this article').locator('li', { hasText: 'Layla' }).locator('.dot');
    const colorIndex = Number(/presence-color-(\d)/.exec((await laylaDot.getAttribute('class'))!)![1]);

    // Layla selects a phrase: Omar sees it painted in Layla's colour; Layla does not paint her own.
    const phrase = await locatePhrase(a, PHRASE);
    await dragSelect(a, phrase.paragraph, phrase.start, phrase.end);
    expect(await a.evaluate(() => getSelection()!.toString())).toBe(PHRASE);
    // The drag sends a few updates (throttled); the last one is the whole phrase.
    const painted = () =>
      b.evaluate((name) => [...(CSS.highlights.get(name) ?? [])].map((r) => (r as Range).toString()), `presence-${colorIndex}`);
    await expect.poll(painted, { timeout: 2000 }).toEqual([PHRASE]);
    expect(await presencePainted(a)).toBe(0);
    await b.locator('article p[data-start]').nth(phrase.paragraph).scrollIntoViewIfNeeded();
    await b.screenshot({ path: join(ARTIFACTS, 'presence-selection.png') });

    // Clearing the selection clears the paint.
    await a.mouse.click(5, 500);
    await a.evaluate(() => getSelection()!.removeAllRanges());
    await expect.poll(() => highlightSize(b, `presence-${colorIndex}`), { timeout: 2000 }).toBe(0);

    // Layla captures a claim and has it open: Omar's card shows her dot.
    const at = await locatePhrase(a, CLAIM_PHRASE);
    await dragSelect(a, at.paragraph, at.start, at.end);
    await a.getByRole('toolbar', { name: 'Capture claim' }).getByRole('button', { name: 'Capture', exact: true }).click();
    const card = b.locator('[data-claim-id]');
    await expect.poll(() => card.locator('.viewer-dots').getAttribute('aria-label'), { timeout: 3000 }).toBe('Open by Layla');
    expect(await card.locator(`.viewer-dots .presence-color-${colorIndex}`).count()).toBe(1);

    // Layla leaves: she is gone from the bar and the card.
    await a.context().close();
    await expect.poll(() => b.getByLabel('People in this article').innerText(), { timeout: 5000 }).not.toContain('Layla');
    expect(await card.locator('.viewer-dots').count()).toBe(0);
    expect([...pa, ...pb]).toEqual([]);
    await b.context().close();
  });
});
