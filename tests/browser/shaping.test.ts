import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SEED_ARTICLE_ID } from '../../server/seed/seed-article.ts';
import { ARTIFACTS, highlightSize, personContext, browserSuite } from '../helpers/browser.ts';
import { differingPixels } from '../helpers/pixels.ts';
import type { TestServer } from '../helpers/test-server.ts';

/**
 * Highlighting must never change how Arabic is shaped or laid out. The claim
 * below starts inside الغربية and ends inside كوريا, the case where wrapping
 * text in elements breaks letter joining. With the highlight colour made
 * transparent, the paragraph must be pixel-identical to the unhighlighted one
 * (within one or two steps of antialiasing per channel; see pixels.ts).
 */
const PARAGRAPH = 7; // "وتزعم الدول الغربية أن كوريا الشمالية زودت روسيا ..."
const FROM = 'ربية أن كور'; // starts mid-word (الغ|ربية), ends mid-word (كور|يا)

let browser: Browser;
let server: TestServer;
browserSuite((suite) => ({ browser, server } = suite));

const setTint = (page: Page, value: string | null) =>
  page.evaluate((v) => {
    for (const s of ['unreviewed', 'attributed', 'verified', 'disputed', 'selected', 'flash']) {
      if (v === null) document.documentElement.style.removeProperty(`--hl-${s}`);
      else document.documentElement.style.setProperty(`--hl-${s}`, v);
    }
  }, value);

describe('highlights and Arabic shaping', () => {
  it('a highlight starting mid-word leaves the glyphs of the paragraph pixel-identical', async () => {
    const page = await (await personContext(browser, server, 'Sara')).newPage();
    await page.goto(server.url);
    const paragraph = page.locator('article p[data-start]').nth(PARAGRAPH);
    await paragraph.waitFor();
    await page.evaluate(() => document.fonts.ready);
    await paragraph.scrollIntoViewIfNeeded();
    const fontFamily = await paragraph.evaluate((p) => getComputedStyle(p).fontFamily);
    expect(fontFamily).toMatch(/Noto|Arab|Naskh/i);

    await setTint(page, 'transparent');
    const before = await paragraph.screenshot({ path: join(ARTIFACTS, 'shaping-before.png') });

    // A colleague captures the mid-word claim; this page paints it live.
    const colleague = await server.connect('Omar');
    const text = (await paragraph.textContent())!;
    const base = Number(await paragraph.getAttribute('data-start'));
    const inPara = text.indexOf(FROM);
    expect(inPara).toBeGreaterThan(0);
    const ack = await colleague.emitWithAck('claim:create', {
      articleId: SEED_ARTICLE_ID,
      target: { start: base + inPara, end: base + inPara + FROM.length },
      status: 'disputed',
    });
    expect(ack.ok).toBe(true);
    await expect.poll(() => highlightSize(page, 'claim-disputed')).toBe(1);

    const highlighted = await paragraph.screenshot({ path: join(ARTIFACTS, 'shaping-highlighted-transparent.png') });
    const diffPath = join(ARTIFACTS, 'shaping-diff.png');
    expect(differingPixels(before, highlighted, { tolerance: 2, diffPath })).toBe(0);

    // The highlight really is there: with its colour back, the same pixels differ.
    await setTint(page, null);
    const tinted = await paragraph.screenshot({ path: join(ARTIFACTS, 'shaping-highlighted.png') });
    expect(differingPixels(before, tinted, { tolerance: 2 })).toBeGreaterThan(100);

    // And the comparison does catch what wrappers do: the same span in an
    // element with a little padding shifts glyphs, so pixels differ.
    await setTint(page, 'transparent');
    await paragraph.evaluate((p, [start, len]) => {
      const node = p.firstChild as Text;
      const range = document.createRange();
      range.setStart(node, start);
      range.setEnd(node, start + len);
      const wrapper = document.createElement('span');
      wrapper.style.padding = '0 1px';
      range.surroundContents(wrapper);
    }, [inPara, FROM.length] as const);
    const wrapped = await paragraph.screenshot({ path: join(ARTIFACTS, 'shaping-wrapped.png') });
    expect(differingPixels(before, wrapped, { tolerance: 2 })).toBeGreaterThan(50);
    await page.context().close();
  });

  it('suggestions drawn as dotted underlines leave the glyphs of the paragraph pixel-identical', async () => {
    const page = await (await personContext(browser, server, 'Nour')).newPage();
    await page.goto(server.url);
    const paragraph = page.locator('article p[data-start]').nth(PARAGRAPH);
    await paragraph.waitFor();
    await page.evaluate(() => document.fonts.ready);
    await setTint(page, 'transparent');
    await page.evaluate(() => document.documentElement.style.setProperty('--suggestion', 'transparent'));
    await paragraph.scrollIntoViewIfNeeded();
    const before = await paragraph.screenshot();

    await page.getByRole('button', { name: 'Suggestions' }).click();
    await expect.poll(() => highlightSize(page, 'suggestion')).toBeGreaterThan(0);
    await paragraph.scrollIntoViewIfNeeded();
    const outlined = await paragraph.screenshot({ path: join(ARTIFACTS, 'shaping-suggestions-transparent.png') });
    expect(differingPixels(before, outlined, { tolerance: 2, diffPath: join(ARTIFACTS, 'shaping-suggestions-diff.png') })).toBe(0);

    // The dots really are there: with their colour back, pixels under the words differ.
    await page.evaluate(() => document.documentElement.style.removeProperty('--suggestion'));
    const dotted = await paragraph.screenshot({ path: join(ARTIFACTS, 'shaping-suggestions.png') });
    expect(differingPixels(before, dotted, { tolerance: 2 })).toBeGreaterThan(50);
    await page.context().close();
  });
});
