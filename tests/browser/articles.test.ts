import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SEED_ARTICLE_ID } from '../../server/seed/seed-article.ts';
import { ARTIFACTS, dragSelect, highlightSize, locatePhrase, personContext, watchConsole, browserSuite } from '../helpers/browser.ts';
import { claimOn, type TestServer } from '../helpers/test-server.ts';

/**
 * Claims that stay on their words, in Chromium: importing articles (pasted
 * and from an HTML file that must stay inert), revising the seed article
 * while a colleague watches (a claim moves with its words, another is
 * orphaned, listed and not painted, then re-attached by selecting words),
 * Arabic-aware find, and nested claims on Arabic text.
 */

let browser: Browser;
let server: TestServer;
browserSuite((suite) => ({ browser, server } = suite));

const paragraphs = (page: Page) => page.locator('article p[data-start]');

/** The words each range of a CSS highlight covers. */
const highlighted = (page: Page, name: string) => page.evaluate((n) => [...(CSS.highlights.get(n) ?? [])].map((r) => (r as Range).toString()), name);

async function openSeed(page: Page): Promise<void> {
  await page.goto(`${server.url}/#/articles/${SEED_ARTICLE_ID}`);
  await paragraphs(page).first().waitFor();
}

describe('importing articles', () => {
  it('an editor imports an English article by pasting, then an HTML file whose script never runs', async () => {
    const page = await (await personContext(browser, server, 'Mona', 'editor')).newPage();
    const problems = watchConsole(page);
    page.on('dialog', (d) => {
      problems.push(`dialog: ${d.message()}`);
      void d.dismiss();
    });
    await page.goto(server.url);
    await paragraphs(page).first().waitFor();
    await page.getByRole('link', { name: 'Articles', exact: true }).click();
    await expect.poll(() => page.locator('[data-testid=article-list] li').count()).toBe(1);

    const pasted = [
      'The city council said on Monday that the new bridge will open in March 2025.',
      'The mayor claimed that 40,000 cars a day will use it, <b>twice</b> the traffic of the old one.',
      'Critics say the cost has doubled since 2021.',
    ];
    await page.getByLabel('Article text').fill(pasted.join('\n\n  \n'));
    expect(await page.getByLabel('Language', { exact: true }).inputValue()).toBe('en');
    expect(await page.getByLabel('Direction').inputValue()).toBe('ltr');
    await page.getByLabel('Title').fill('New bridge to open next spring');
    await page.getByLabel('Byline').fill('Sam Reporter');
    await page.getByLabel('Dateline').fill('London, 3 June 2024');
    await expect.poll(() => page.locator('[data-testid=import-preview] li').allInnerTexts()).toEqual(pasted);
    expect(await page.getByTestId('import-preview').getAttribute('dir')).toBe('ltr');
    await page.screenshot({ path: join(ARTIFACTS, 'articles-import.png'), fullPage: true });
    await page.getByRole('button', { name: 'Import article' }).click();

    await expect.poll(() => page.evaluate(() => location.hash)).toMatch(/^#\/articles\/[\w-]+$/);
    await expect.poll(() => paragraphs(page).allInnerTexts()).toEqual(pasted);
    const reader = page.locator('article.reader');
    expect(await reader.getAttribute('dir')).toBe('ltr');
    expect(await reader.getAttribute('lang')).toBe('en');
    expect(await reader.locator('h1').innerText()).toBe('New bridge to open next spring');
    expect(await reader.locator('b').count()).toBe(0); // pasted markup is text
    await page.screenshot({ path: join(ARTIFACTS, 'articles-english.png') });

    // An HTML file: its script, handlers and chrome never reach the page.
    await page.getByRole('link', { name: 'Articles', exact: true }).click();
    await expect.poll(() => page.locator('[data-testid=article-list] li').count()).toBe(2);
    const html = `<!doctype html><html><head><title>Ignored title</title><meta name="author" content="Sara Ali">
      <script>window.__pwned = 'head'; alert('head')</script></head>
      <body><nav>Home | World | Sport</nav>
      <h1>Harbour fees to rise</h1>
      <p>The port authority announced that fees will rise by 12% in <em>January</em>.</p>
      <script>window.__pwned = 'body'; alert('body')</script>
      <p>Shipping firms said <img src="x" onerror="window.__pwned='img'; alert('img')">the rise would be passed on to customers.</p>
      <footer>© Harbour Times</footer></body></html>`;
    await page.getByLabel('Upload file').setInputFiles({ name: 'harbour.html', mimeType: 'text/html', buffer: Buffer.from(html) });
    await expect.poll(() => page.getByLabel('Title').inputValue()).toBe('Harbour fees to rise');
    expect(await page.getByLabel('Byline').inputValue()).toBe('Sara Ali');
    const body = await page.getByLabel('Article text').inputValue();
    expect(body).toBe(
      'The port authority announced that fees will rise by 12% in January.\n\nShipping firms said the rise would be passed on to customers.',
    );
    expect(await page.getByLabel('Language', { exact: true }).inputValue()).toBe('en');
    await page.getByRole('button', { name: 'Import article' }).click();
    await expect.poll(() => paragraphs(page).count()).toBe(2);
    expect(await page.locator('article.reader h1').innerText()).toBe('Harbour fees to rise');
    expect(await page.locator('article.reader script, article.reader img, article.reader nav').count()).toBe(0);
    expect(await page.evaluate(() => (window as { __pwned?: string }).__pwned)).toBeUndefined();

    await page.getByRole('link', { name: 'Articles', exact: true }).click();
    await expect.poll(() => page.locator('[data-testid=article-list] li').count()).toBe(3);
    expect(await page.locator('[data-testid=article-list] li h2').allInnerTexts()).toEqual(
      expect.arrayContaining(['Harbour fees to rise', 'New bridge to open next spring']),
    );
    await page.screenshot({ path: join(ARTIFACTS, 'articles-list.png'), fullPage: true });
    expect(problems).toEqual([]);
    await page.context().close();
  });
});

describe('revising the seed article while a colleague reads it', () => {
  const MOVES = 'زودت روسيا بكميات كبيرة من الذخائر';
  const LOST = 'بعد تسعة أشهر من زيارة كيم جونغ أون لروسيا';
  const NEW_WORDS = 'بعد أشهر قليلة';

  it('one claim moves with its words, one is orphaned, listed and not painted, and is re-attached by selecting words', async () => {
    const omar = await server.connect('Omar', 'reviewer');
    await claimOn(server, omar, MOVES);
    const lostId = await claimOn(server, omar, LOST);

    const reviewer = await (await personContext(browser, server, 'Omar', 'reviewer')).newPage();
    const editor = await (await personContext(browser, server, 'Mona', 'editor')).newPage();
    const problems = [watchConsole(reviewer), watchConsole(editor)];
    await Promise.all([openSeed(reviewer), openSeed(editor)]);
    await expect.poll(() => highlightSize(reviewer, 'claim-unreviewed')).toBe(2);
    await reviewer.evaluate(() => ((window as { __stayed?: boolean }).__stayed = true));
    expect(await reviewer.getByRole('button', { name: 'Edit article' }).count()).toBe(0);

    // The editor inserts a paragraph before both claims and rewrites the one the second quotes.
    await editor.getByRole('button', { name: 'Edit article' }).click();
    const textarea = editor.getByLabel('Article body');
    expect(await textarea.getAttribute('dir')).toBe('rtl');
    const seed = (await textarea.inputValue()).split('\n\n');
    expect(seed).toHaveLength(13);
    const revised = [...seed];
    revised[6] = `وتأتي هذه الرحلة ${NEW_WORDS} من لقاء الزعيمين في أقصى الشرق الروسي، حيث لم يعلن عن أي اتفاقات.`;
    revised.splice(1, 0, 'فقرة جديدة أضيفت بعد نشر المقال لتوضيح السياق.');
    await textarea.fill(revised.join('\n\n'));
    await editor.screenshot({ path: join(ARTIFACTS, 'articles-edit.png') });
    await editor.getByRole('button', { name: 'Save revision' }).click();

    const summary = 'Revision 2 by Mona: 1 claim moved, 1 orphaned';
    await expect.poll(() => editor.getByTestId('revision-summary').innerText()).toContain(summary);
    await expect.poll(() => paragraphs(editor).count()).toBe(14);
    expect(await editor.getByLabel('Article body').count()).toBe(0);

    // The reviewer's page updates in place: new text, the summary, the moved claim on its words, the orphan listed.
    await expect.poll(() => reviewer.getByTestId('revision-summary').innerText(), { timeout: 3000 }).toContain(summary);
    await expect.poll(() => paragraphs(reviewer).count()).toBe(14);
    expect(await reviewer.evaluate(() => (window as { __stayed?: boolean }).__stayed)).toBe(true);
    expect(await reviewer.getByText('Revision 2', { exact: true }).count()).toBe(1);
    await expect.poll(() => highlighted(reviewer, 'claim-unreviewed')).toEqual([MOVES]);
    const orphans = reviewer.getByRole('list', { name: 'Orphaned claims' });
    await expect.poll(() => orphans.locator('[data-claim-id]').count()).toBe(1);
    expect(await orphans.locator('.claim-quote').innerText()).toBe(LOST);
    // Why: its words were replaced by others.
    expect(await orphans.locator('.orphan-reason').innerText()).toBe('Its words were rewritten.');
    await reviewer.screenshot({ path: join(ARTIFACTS, 'articles-revised.png') });

    // History lists both revisions.
    await reviewer.getByRole('button', { name: 'History' }).click();
    const history = reviewer.getByRole('region', { name: 'Revision history' });
    await expect.poll(() => history.locator('.revision-number').allInnerTexts()).toEqual(['Revision 2', 'Revision 1']);
    expect(await history.innerText()).toContain('Mona');
    await reviewer.getByRole('button', { name: 'Close history' }).click();

    // Re-attach: choose the orphan, select its new words, confirm.
    await orphans.getByRole('button', { name: 'Re-attach' }).click();
    const bar = reviewer.getByRole('toolbar', { name: 'Re-attach claim' });
    await bar.waitFor();
    expect(await bar.getByRole('button', { name: 'Attach to selection' }).isDisabled()).toBe(true);
    const at = await locatePhrase(reviewer, NEW_WORDS);
    await dragSelect(reviewer, at.paragraph, at.start, at.end);
    await expect.poll(() => bar.getByRole('button', { name: 'Attach to selection' }).isEnabled()).toBe(true);
    expect(await reviewer.getByRole('toolbar', { name: 'Capture claim' }).count()).toBe(0);
    await reviewer.screenshot({ path: join(ARTIFACTS, 'articles-reattach.png') });
    await bar.getByRole('button', { name: 'Attach to selection' }).click();

    await expect.poll(() => orphans.count()).toBe(0);
    await expect.poll(async () => (await highlighted(reviewer, 'claim-unreviewed')).sort()).toEqual([MOVES, NEW_WORDS].sort());
    await expect.poll(() => reviewer.locator(`[data-claim-id="${lostId}"] .claim-quote`).innerText()).toBe(NEW_WORDS);
    // The editor sees it live.
    await expect.poll(async () => (await highlighted(editor, 'claim-unreviewed')).sort(), { timeout: 3000 }).toEqual([MOVES, NEW_WORDS].sort());
    expect(problems.flat()).toEqual([]);
    await reviewer.context().close();
    await editor.context().close();
  });

  it('a revision made on a stale text is refused as a conflict, and their version can be loaded', async () => {
    const editor = await (await personContext(browser, server, 'Mona', 'editor')).newPage();
    await openSeed(editor);
    await editor.getByRole('button', { name: 'Edit article' }).click();
    const textarea = editor.getByLabel('Article body');
    const mine = `${await textarea.inputValue()}\n\nفقرة أضافتها منى.`;
    await textarea.fill(mine);

    // Meanwhile a colleague saves revision 3.
    const sam = await server.connect('Sami', 'editor');
    const current = (await server.dump()).articles[SEED_ARTICLE_ID]!;
    const theirs = `${current.body.join('\n\n')}\n\nفقرة أضافها سامي.`;
    const ack = await sam.timeout(5000).emitWithAck('article:revise', { articleId: SEED_ARTICLE_ID, body: theirs, baseRevision: current.revision });
    expect(ack.ok).toBe(true);
    await expect.poll(() => editor.getByRole('alert').filter({ hasText: 'saved revision 3' }).count()).toBe(1);

    await editor.getByRole('button', { name: 'Save revision' }).click();
    await expect.poll(() => editor.getByText(/^Not saved: Sami saved revision 3/).count()).toBe(1);
    await editor.getByRole('button', { name: 'Load their version' }).click();
    expect(await editor.getByLabel('Article body').inputValue()).toBe(theirs);
    expect(await editor.getByLabel('Your earlier text').inputValue()).toBe(mine);
    await editor.screenshot({ path: join(ARTIFACTS, 'articles-conflict.png') });
    await editor.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => paragraphs(editor).last().innerText()).toBe('فقرة أضافها سامي.');
    await editor.context().close();
  });
});

/** Whether the current find hit is on screen, below the sticky bars. */
const currentInView = (page: Page) =>
  page.evaluate(() => {
    const range = [...(CSS.highlights.get('search-current') ?? [])][0] as Range | undefined;
    const box = range?.getBoundingClientRect();
    const bar = document.querySelector('.reader-bar')!.getBoundingClientRect();
    return !!box && box.top >= bar.bottom && box.bottom <= innerHeight;
  });

/** Resolves once the current match has held still for three frames: the smooth scroll to it has ended (false if it never does). */
const currentSettled = (page: Page) =>
  page.evaluate(async () => {
    const top = () => ([...(CSS.highlights.get('search-current') ?? [])][0] as Range | undefined)?.getBoundingClientRect().top;
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    let last = top();
    for (let still = 0, frames = 0; frames < 600; frames++) {
      await frame();
      const now = top();
      still = now === last ? still + 1 : 0;
      last = now;
      if (still >= 3) return true;
    }
    return false;
  });

describe('find in the article', () => {
  it('عاما finds both "24 عاما" and "25 عامًا"; Enter, Shift+Enter and the buttons step through them', async () => {
    const page = await (await personContext(browser, server, 'Vera', 'viewer')).newPage();
    await openSeed(page);
    expect(await page.getByRole('button', { name: 'Edit article' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Re-attach' }).count()).toBe(0);
    await page.keyboard.press('Control+f');
    const box = page.getByLabel('Find in article');
    await expect.poll(() => box.evaluate((el) => el === document.activeElement)).toBe(true);
    await box.fill('عاما');
    const count = page.getByTestId('search-count');
    await expect.poll(() => count.innerText()).toBe('1 of 2');
    expect(await highlighted(page, 'search-current')).toEqual(['عاما']);
    expect(await highlighted(page, 'search-match')).toEqual(['عامًا']);
    await expect.poll(() => currentInView(page)).toBe(true);
    expect(await currentSettled(page)).toBe(true); // the smooth scroll settles before the picture
    expect(await currentInView(page)).toBe(true);
    await page.screenshot({ path: join(ARTIFACTS, 'articles-search.png') });

    await box.press('Enter');
    await expect.poll(() => count.innerText()).toBe('2 of 2');
    expect(await highlighted(page, 'search-current')).toEqual(['عامًا']);
    await expect.poll(() => currentInView(page)).toBe(true);
    expect(await currentSettled(page)).toBe(true);
    expect(await currentInView(page)).toBe(true);
    await page.screenshot({ path: join(ARTIFACTS, 'articles-search-2.png') });
    await box.press('Shift+Enter');
    await expect.poll(() => count.innerText()).toBe('1 of 2');
    await page.getByRole('button', { name: 'Previous match' }).click();
    await expect.poll(() => count.innerText()).toBe('2 of 2');
    await page.getByRole('button', { name: 'Next match' }).click();
    await expect.poll(() => count.innerText()).toBe('1 of 2');

    await box.fill('الاولويه');
    await expect.poll(() => count.innerText()).toBe('1 of 1');
    expect(await highlighted(page, 'search-current')).toEqual(['الأولوية']);
    await box.fill('لا يوجد هذا');
    await expect.poll(() => count.innerText()).toBe('No matches');
    await box.press('Escape');
    await expect.poll(() => highlightSize(page, 'search-current')).toBe(0);
    expect(await page.getByLabel('Find in article').count()).toBe(0);
    await page.context().close();
  });
});

describe('overlapping claims', () => {
  const OUTER = 'تزعم واشنطن وسيول أن روسيا زودت كوريا الشمالية بالخبرة اللازمة';
  const INNER = 'روسيا زودت كوريا الشمالية';

  it('two nested claims on Arabic text both render; a click on the overlap offers both, a click outside it opens the outer one', async () => {
    const omar = await server.connect('Omar', 'reviewer');
    const outerId = await claimOn(server, omar, OUTER);
    const innerId = await claimOn(server, omar, INNER);
    const page = await (await personContext(browser, server, 'Layla', 'reviewer')).newPage();
    const problems = watchConsole(page);
    await openSeed(page);
    await expect.poll(async () => (await highlighted(page, 'claim-unreviewed')).filter((t) => t === OUTER || t === INNER).sort()).toEqual([INNER, OUTER].sort());
    // Same status, so one more layer of tint shows where the inner claim is.
    expect(await highlighted(page, 'claim-overlap')).toEqual([INNER]);

    /** Clicks the middle of character `i` of `phrase` as rendered. */
    const clickInside = async (phrase: string, i: number) => {
      const at = await locatePhrase(page, phrase);
      await paragraphs(page).nth(at.paragraph).scrollIntoViewIfNeeded();
      const point = await page.evaluate(
        ([pi, offset]) => {
          const node = document.querySelectorAll('article p[data-start]')[pi]!.firstChild!;
          const r = document.createRange();
          r.setStart(node, offset);
          r.setEnd(node, offset + 1);
          const box = r.getClientRects()[0]!;
          return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
        },
        [at.paragraph, at.start + i] as const,
      );
      await page.mouse.click(point.x, point.y);
    };

    await clickInside(INNER, 8);
    const chooser = page.getByRole('dialog', { name: 'Choose a claim' });
    await chooser.waitFor();
    const choices = chooser.getByRole('button');
    expect(await choices.count()).toBe(2);
    expect((await chooser.locator('.chooser-quote').allInnerTexts()).sort()).toEqual([INNER, OUTER].sort());
    await page.screenshot({ path: join(ARTIFACTS, 'articles-overlap.png') });
    await chooser.getByText(OUTER, { exact: true }).click();
    await expect.poll(() => page.locator(`[data-claim-id="${outerId}"]`).getAttribute('aria-current')).toBe('true');
    expect(await chooser.count()).toBe(0);

    await clickInside(INNER, 3);
    await chooser.waitFor();
    await chooser.getByText(INNER, { exact: true }).click();
    await expect.poll(() => page.locator(`[data-claim-id="${innerId}"]`).getAttribute('aria-current')).toBe('true');

    // Only the outer claim covers its first words: no choice to make.
    await clickInside(OUTER, 2);
    await expect.poll(() => page.locator(`[data-claim-id="${outerId}"]`).getAttribute('aria-current')).toBe('true');
    expect(await chooser.count()).toBe(0);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
