import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SEED_ARTICLE_ID } from '../../server/seed/seed-article.ts';
import { ARTIFACTS, browserSuite, dragSelect, locatePhrase, personContext, selectionHandled, watchConsole } from '../helpers/browser.ts';
import type { TestServer } from '../helpers/test-server.ts';

let browser: Browser;
let server: TestServer;
browserSuite((suite) => ({ browser, server } = suite));

const SEED_WORDS = 'زودت روسيا بكميات كبيرة من الذخائر';
/** Article B reports the same claim with diacritics and a clitic the seed does not have. */
const B_WORDS = 'كوريا الشماليّة زوّدت روسيا بكمياتٍ كبيرة من الذخائر';
const B_BODY = `أخبار الأسبوع في سطور.\n\nوقالت مصادر غربية إن ${B_WORDS} خلال العام الماضي.`;

describe('checked before', () => {
  it('a claim captured in article B shows the verdict and evidence of the same claim checked in the seed article, and reuses them', async () => {
    // Article A (the seed) has the claim checked: disputed, with a source.
    const omar = await server.connect('Omar', 'reviewer');
    const join_ = await omar.emitWithAck('article:join', { articleId: SEED_ARTICLE_ID });
    if (!join_.ok) throw new Error(join_.error.code);
    const text = join_.article.body.join('\n\n');
    const start = [...text.slice(0, text.indexOf(SEED_WORDS))].length;
    const checked = await omar.emitWithAck('claim:create', {
      articleId: SEED_ARTICLE_ID,
      target: { start, end: start + [...SEED_WORDS].length },
      status: 'disputed',
      summary: 'Munitions from North Korea to Russia',
      attributedTo: 'الدول الغربية',
    });
    if (!checked.ok) throw new Error(checked.error.code);
    expect((await omar.emitWithAck('evidence:add', { claimId: checked.claim.id, url: 'https://example.org/un-panel', title: 'UN panel of experts' })).ok).toBe(true);

    const created = await server.fetch('/api/articles', { as: 'Mona', role: 'editor', method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ title: 'تقرير الأسبوع', body: B_BODY }) });
    const articleB = (await created.json()).article.id as string;

    // Layla opens article B and captures the claim there.
    const page = await (await personContext(browser, server, 'Layla', 'reviewer')).newPage();
    const problems = watchConsole(page);
    await page.goto(`${server.url}/#/articles/${articleB}`);
    await expect.poll(() => page.locator('article p[data-start]').count()).toBe(2);
    const at = await locatePhrase(page, B_WORDS);
    await dragSelect(page, at.paragraph, at.start, at.end);
    await selectionHandled(page);
    await page.getByRole('toolbar', { name: 'Capture claim' }).getByRole('button', { name: /^Capture/ }).first().click();
    await expect.poll(() => page.locator('[data-claim-id]').count()).toBe(1);
    await page.locator('[data-claim-id]').click();

    // Its details list the seed article's claim, with its verdict, source and evidence.
    const section = page.getByRole('region', { name: 'Checked before' });
    await expect.poll(() => section.count()).toBe(1);
    const item = section.getByTestId('checked-before-item');
    expect(await item.count()).toBe(1);
    expect(await item.locator('[data-status]').getAttribute('data-status')).toBe('disputed');
    expect(await item.innerText()).toContain('Munitions from North Korea to Russia');
    expect(await item.innerText()).toContain('الدول الغربية');
    expect(await item.getByRole('link', { name: 'UN panel of experts' }).getAttribute('href')).toBe('https://example.org/un-panel');
    expect(await item.getByRole('link', { name: join_.article.title }).getAttribute('href')).toBe(`#/articles/${SEED_ARTICLE_ID}/claims/${checked.claim.id}`);
    await page.evaluate(() => document.fonts.ready);
    await section.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(ARTIFACTS, 'checked-before.png') });

    // One action reuses the verdict and the evidence: the claim in B is disputed with the same source, stored and shown.
    await item.getByRole('button', { name: 'Reuse verdict and evidence' }).click();
    await expect.poll(() => page.locator('[data-claim-id]').getAttribute('data-status')).toBe('disputed');
    const evidence = page.getByRole('region', { name: 'Evidence' });
    await expect.poll(() => evidence.getByRole('link', { name: 'UN panel of experts' }).count()).toBe(1);
    await expect.poll(async () => (await server.durableDump()).claims).toSatisfy((claims: Record<string, { articleId: string; status: string; evidence: Array<{ url: string }> }>) =>
      Object.values(claims).some((c) => c.articleId === articleB && c.status === 'disputed' && c.evidence.some((e) => e.url === 'https://example.org/un-panel')),
    );
    // Nothing left to reuse: the action goes.
    await expect.poll(() => item.getByRole('button', { name: 'Reuse verdict and evidence' }).count()).toBe(0);

    // The dashboard's claim search finds both claims, each linking to its article.
    await page.goto(`${server.url}/#/dashboard`);
    await page.getByLabel('Search claims in every article').fill('الذخائر الكوريه');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    const results = page.getByTestId('claim-search-results').locator('li');
    await expect.poll(() => results.count()).toBe(2);
    const hrefs = await results.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(hrefs.some((h) => h?.startsWith(`#/articles/${articleB}/claims/`))).toBe(true);
    expect(hrefs).toContain(`#/articles/${SEED_ARTICLE_ID}/claims/${checked.claim.id}`);
    await page.screenshot({ path: join(ARTIFACTS, 'claim-search.png') });
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
