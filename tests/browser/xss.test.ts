import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../shared/domain/schemas.ts';
import { personContext, browserSuite } from '../helpers/browser.ts';
import type { TestServer } from '../helpers/test-server.ts';

/**
 * Classic script-injection payloads saved wherever people type (summary,
 * note, source, article text, display name) and shown in real Chromium. The
 * CSP would block most of them from running anyway, so the test also checks
 * that none of them became markup: each must appear as literal text, and no
 * element any of them would create may exist in the page.
 */
const PAYLOADS = [
  '<script>window.__xss = "script"</script>',
  '<img src=x onerror="window.__xss=\'img\'">',
  '"><svg onload="window.__xss=\'svg\'">',
  '<iframe srcdoc="<script>parent.__xss=1</script>"></iframe>',
  '<a href="javascript:window.__xss=\'link\'">click</a>',
  "javascript:window.__xss='url'",
  '{{constructor.constructor("window.__xss=1")()}}',
  '<details open ontoggle="window.__xss=\'details\'">',
  '<math><mtext><table><mglyph><style><img src=x onerror="window.__xss=1">',
];
const INJECTED = 'img[src="x"], svg[onload], iframe, details[ontoggle], a[href^="javascript"], script:not([src]), mglyph';

let browser: Browser;
let server: TestServer;
browserSuite((suite) => ({ browser, server } = suite));

describe('user text is shown as text, never run', () => {
  it('payloads in the article, summaries, notes, sources and names stay inert', async () => {
    // An article whose text is the payloads (placed directly in the store; import comes later).
    const now = new Date().toISOString();
    const article: Article = {
      id: 'xss-article',
      title: PAYLOADS[1]!,
      byline: PAYLOADS[2]!,
      dateline: PAYLOADS[7]!,
      lang: 'en',
      dir: 'ltr',
      body: PAYLOADS,
      revision: 1,
      createdAt: now,
      updatedAt: now,
    };
    await server.store.transact((tx) => {
      tx.addRevision(article.id, { revision: 1, by: 'test', byId: null, at: now });
      tx.putArticle(article);
    });

    const author = await server.connect(PAYLOADS[1]!, 'editor');
    const text = PAYLOADS.join('\n\n');
    for (let i = 0; i < PAYLOADS.length; i++) {
      const start = text.indexOf(PAYLOADS[i]!);
      const ack = await author.emitWithAck('claim:create', {
        articleId: article.id,
        target: { start, end: start + Math.min(20, PAYLOADS[i]!.length) },
        summary: PAYLOADS[i]!.slice(0, 280),
        attributedTo: PAYLOADS[(i + 1) % PAYLOADS.length]!,
        note: PAYLOADS[(i + 2) % PAYLOADS.length]!,
      });
      expect(ack.ok).toBe(true);
    }

    const page = await (await personContext(browser, server, PAYLOADS[2]!, 'reviewer')).newPage();
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(`${server.url}/#/articles/${article.id}`);
    await expect.poll(() => page.locator('[data-claim-id]').count()).toBe(PAYLOADS.length);
    // Open every claim so its note and source are rendered in the editor too.
    for (let i = 0; i < PAYLOADS.length; i++) {
      await page.locator('[data-claim-id]').nth(i).click();
      await page.getByRole('region', { name: 'Claim editor' }).waitFor();
      expect(await page.locator(INJECTED).count()).toBe(0);
    }
    // What injected markup would run comes later (an image's error, a toggle). A failing image of
    // our own, requested after everything above was rendered, has errored once theirs would have.
    await page.evaluate(
      () =>
        new Promise<void>((resolve) => {
          const control = new Image();
          control.onerror = () => resolve();
          control.src = `/x?control=${Date.now()}`;
        }),
    );

    expect(dialogs).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined();
    expect(await page.locator(INJECTED).count()).toBe(0);
    // Shown literally: the article text, the title and the names are there as typed.
    const bodyText = await page.locator('article').innerText();
    for (const p of PAYLOADS) expect(bodyText).toContain(p);
    expect(await page.locator('h1').innerText()).toBe(PAYLOADS[1]);
    expect(await page.getByLabel('People in this article').innerText()).toContain(PAYLOADS[2]!.trim());
    await page.context().close();
  });
});
