import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { EXPORT_FORMAT_INFO, EXPORT_FORMATS } from '../../shared/exports/formats.ts';
import type { ClaimStatus } from '../../shared/domain/status.ts';
import { ARTIFACTS, browserSuite, personContext, watchConsole } from '../helpers/browser.ts';
import type { TestClient, TestServer } from '../helpers/test-server.ts';

/**
 * Reports and the dashboard in Chromium, on the Arabic seed article with
 * claims made over a socket: the printable HTML report laid out right to
 * left (on screen and as a PDF), the dashboard's figures and their live
 * updates, the download links, and importing an export onto another article.
 */

const ARTICLE = 'seed-putin-pyongyang';

const CLAIMS: Array<{ key: string; phrase: string; status?: ClaimStatus; attributedTo?: string; summary?: string }> = [
  { key: 'munitions', phrase: 'كوريا الشمالية زودت روسيا بكميات كبيرة من الذخائر', status: 'disputed', attributedTo: 'الدول الغربية', summary: 'North Korea supplied Russia with large quantities of munitions' },
  { key: 'missiles', phrase: 'اتهم البنتاجون موسكو باستخدام الصواريخ الباليستية الكورية الشمالية في أوكرانيا', status: 'attributed', attributedTo: 'البنتاجون' },
  { key: 'first-visit', phrase: 'هي الأولى منذ 24 عاما' },
  { key: 'documents', phrase: 'وثائق مهمة للغاية', status: 'attributed', attributedTo: 'الكرملين' },
  { key: 'expertise', phrase: 'روسيا زودت كوريا الشمالية بالخبرة اللازمة', attributedTo: 'واشنطن وسيول' },
];

let browser: Browser;
let server: TestServer;
let layla: TestClient;
const ids: Record<string, string> = {};

/** Code point offsets of a phrase in the article body (paragraphs joined by a blank line). */
async function spanOf(articleId: string, phrase: string): Promise<{ start: number; end: number }> {
  const body = (await server.dump()).articles[articleId]!.body.join('\n\n');
  const at = body.indexOf(phrase);
  if (at < 0) throw new Error(`not in the article: ${phrase}`);
  const start = [...body.slice(0, at)].length;
  return { start, end: start + [...phrase].length };
}

browserSuite((suite) => ({ browser, server } = suite));

beforeAll(async () => {
  layla = await server.connect('Layla', 'reviewer');
  for (const c of CLAIMS) {
    const { key, phrase, ...fields } = c;
    const ack = await layla.timeout(5000).emitWithAck('claim:create', { articleId: ARTICLE, target: await spanOf(ARTICLE, phrase), ...fields });
    if (!ack.ok) throw new Error(ack.error.message);
    ids[key] = ack.claim.id;
  }
});

/** The figures as the page shows them. */
async function shown(page: Page) {
  return page.evaluate(() => {
    const d = document.querySelector('[data-testid=dashboard]')!;
    const progress = d.querySelector('[data-testid=progress]')!;
    const rows = (id: string) =>
      [...d.querySelectorAll(`[data-testid=${id}] > li`)].map((li) => [
        li.querySelector('.row-name')?.textContent ?? '',
        ...[...li.querySelectorAll('button.num')].map((b) => Number(b.getAttribute('data-value'))),
      ]);
    return {
      chart: d.querySelector('[data-testid=status-chart]')!.getAttribute('aria-label'),
      reviewed: [Number(progress.getAttribute('data-reviewed')), Number(progress.getAttribute('data-total'))],
      reviewers: rows('reviewers'),
      sources: rows('sources'),
      recent: [...d.querySelectorAll('[data-testid=recent] > li')].map((li) => li.getAttribute('data-claim-id')),
      stale: d.querySelectorAll('[data-testid=stale] > li').length,
    };
  });
}

async function openDashboard(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${server.url}/#/dashboard`);
  await page.getByTestId('dashboard').waitFor();
  await expect.poll(() => page.getByTestId('dashboard-live').getAttribute('data-live')).toBe('true');
  return page;
}

describe('the printable HTML report', () => {
  it('lays the Arabic claims out right to left, makes no request of its own, and prints to PDF', async () => {
    const context = await personContext(browser, server, 'Vera', 'viewer');
    const page = await context.newPage();
    const url = `${server.url}/api/articles/${ARTICLE}/export?format=html`;
    // The server sends the report as an attachment; shown as it would be inline, with its own headers (CSP included).
    await page.route(url, async (route) => {
      const response = await route.fetch();
      const headers = { ...response.headers() };
      expect(headers['content-disposition']).toMatch(/^attachment; filename="isnad-seed-putin-pyongyang-\d{4}-\d{2}-\d{2}\.html"$/);
      delete headers['content-disposition'];
      await route.fulfill({ response, headers });
    });
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    const problems = watchConsole(page);
    await page.setViewportSize({ width: 1000, height: 900 });
    await page.goto(url);

    const layout = await page.evaluate(() => {
      const quotes = [...document.querySelectorAll<HTMLElement>('blockquote.quote')];
      return {
        html: { dir: document.documentElement.dir, lang: document.documentElement.lang, direction: getComputedStyle(document.documentElement).direction },
        quotes: quotes.map((q) => {
          const box = q.getBoundingClientRect();
          const style = getComputedStyle(q);
          const range = document.createRange();
          range.selectNodeContents(q);
          // One rect per bidi run (Arabic, then the digits of "24"...), in visual order: the first line is those at the top.
          const rects = [...range.getClientRects()];
          const top = Math.min(...rects.map((r) => r.top));
          const line = rects.filter((r) => Math.abs(r.top - top) < 2);
          return {
            text: q.textContent,
            dir: q.getAttribute('dir'),
            lang: q.getAttribute('lang'),
            direction: style.direction,
            // The first line starts at the right-hand edge of the quote's content box.
            contentRight: box.right - parseFloat(style.paddingRight) - parseFloat(style.borderRightWidth),
            contentLeft: box.left + parseFloat(style.paddingLeft) + parseFloat(style.borderLeftWidth),
            firstLineRight: Math.max(...line.map((r) => r.right)),
            firstLineLeft: Math.min(...line.map((r) => r.left)),
          };
        }),
      };
    });
    expect(layout.html).toEqual({ dir: 'rtl', lang: 'ar', direction: 'rtl' });
    const starts = new Map<string, number>();
    for (const c of CLAIMS) starts.set(c.phrase, (await spanOf(ARTICLE, c.phrase)).start);
    expect(layout.quotes.map((q) => q.text)).toEqual(CLAIMS.map((c) => c.phrase).sort((a, b) => starts.get(a)! - starts.get(b)!));
    for (const q of layout.quotes) {
      expect(q).toMatchObject({ dir: 'rtl', lang: 'ar', direction: 'rtl' });
      // Right-aligned: the first line starts at the right-hand edge; a short quote leaves its room on the left.
      expect(Math.abs(q.firstLineRight - q.contentRight)).toBeLessThan(2);
      expect(q.firstLineLeft - q.contentLeft).toBeGreaterThan(-2);
    }
    // The report names the statuses, sources and the summary as text.
    const text = await page.locator('body').innerText();
    expect(text).toContain('الدول الغربية');
    expect(text).toContain('North Korea supplied Russia');
    expect(text).toContain('رُوجع: 3 من 5 (60%)'); // in the article's language by default

    expect(requests).toEqual([url]);
    expect(problems).toEqual([]);
    await page.screenshot({ path: join(ARTIFACTS, 'report-html.png'), fullPage: true });
    const pdf = await page.pdf({ path: join(ARTIFACTS, 'report.pdf'), format: 'A4', printBackground: true });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(requests).toEqual([url]);
    await context.close();
  });
});

describe('the dashboard', () => {
  it('shows the right counts, and follows a colleague\'s status change live', async () => {
    const context = await personContext(browser, server, 'Mona', 'editor');
    const page = await openDashboard(context);
    const problems = watchConsole(page);
    await expect.poll(async () => (await shown(page)).chart).toBe('Claims by status, 5 in all: Unreviewed 2, Attributed 2, Verified 0, Disputed 1');
    const before = await shown(page);
    expect(before.reviewed).toEqual([3, 5]);
    expect(before.reviewers).toEqual([['Layla', 3]]);
    expect(before.sources).toEqual([
      ['البنتاجون', 1, 0],
      ['الدول الغربية', 1, 1],
      ['الكرملين', 1, 0],
      ['واشنطن وسيول', 1, 0],
    ]);
    expect(before.recent).toHaveLength(3);
    expect(await page.getByTestId('progress').innerText()).toContain('60% reviewed');

    // Omar, in his own browser, opens the claim from a link and verifies it.
    const omar = await (await personContext(browser, server, 'Omar', 'reviewer')).newPage();
    await omar.goto(`${server.url}/#/articles/${ARTICLE}/claims/${ids['first-visit']}`);
    const editor = omar.getByRole('region', { name: 'Claim editor' });
    await editor.waitFor();
    // The dashboard watches the article without showing its viewer as present there.
    await expect.poll(() => omar.getByLabel('People in this article').innerText()).toContain('Omar');
    expect(await omar.getByLabel('People in this article').innerText()).not.toContain('Mona');
    expect(await omar.locator(`[data-claim-id="${ids['first-visit']}"]`).getAttribute('class')).toContain('is-selected');
    await editor.getByRole('button', { name: /Verified/ }).click();

    // Live: the open dashboard follows without a reload (a condition, not a clock: timings belong to the benchmarks).
    await expect
      .poll(async () => (await shown(page)).chart, { interval: 50 })
      .toBe('Claims by status, 5 in all: Unreviewed 1, Attributed 2, Verified 1, Disputed 1');
    const after = await shown(page);
    expect(after.reviewed).toEqual([4, 5]);
    expect(after.reviewers).toEqual([
      ['Layla', 3],
      ['Omar', 1],
    ]);
    expect(after.recent[0]).toBe(ids['first-visit']);
    expect(await page.getByTestId('progress').innerText()).toContain('80% reviewed');

    // A number opens its claims; a claim opens in the reader, selected.
    await page.getByRole('button', { name: '1 disputed claims', exact: true }).click();
    const drill = page.getByTestId('drilldown');
    await expect.poll(() => drill.locator('.drill-list > li').count()).toBe(1);
    expect(await drill.locator('a').getAttribute('href')).toBe(`#/articles/${ARTICLE}/claims/${ids.munitions}`);

    // Filters: the disputed source, then stale after 0 days (every unreviewed claim).
    await page.getByLabel('Source', { exact: true }).selectOption({ label: 'الدول الغربية' });
    await expect.poll(async () => (await shown(page)).chart).toBe('Claims by status, 1 in all: Unreviewed 0, Attributed 0, Verified 0, Disputed 1');
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await page.getByLabel('Stale after (days)', { exact: true }).fill('0');
    await expect.poll(async () => (await shown(page)).stale).toBe(1);
    await page.getByLabel('Stale after (days)', { exact: true }).fill('7');
    await expect.poll(async () => (await shown(page)).stale).toBe(0);

    // A new article appears on the open dashboard without a reload.
    const rowsBefore = await page.getByTestId('articles').locator('tbody tr').count();
    const created = await server.fetch('/api/articles', {
      as: 'Mona',
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'Wire copy', body: 'A paragraph.' }),
    });
    expect(created.status).toBe(201);
    await expect.poll(() => page.getByTestId('articles').locator('tbody tr').count(), { timeout: 3000 }).toBe(rowsBefore + 1);

    await page.setViewportSize({ width: 1280, height: 1500 });
    await page.screenshot({ path: join(ARTIFACTS, 'dashboard.png'), fullPage: true });

    // In a right-to-left page the chart's bars grow from the right, labelled in Arabic.
    // The interface in Arabic: the whole page turns right to left, and the chart with it.
    await page.getByRole('combobox', { name: 'Interface language' }).selectOption('ar');
    await expect.poll(() => page.getByTestId('status-chart').getAttribute('data-dir')).toBe('rtl');
    const rtl = await page.evaluate(() => {
      const chart = document.querySelector('[data-testid=status-chart]')!;
      const bars = [...chart.querySelectorAll('rect')].filter((r) => Number(r.getAttribute('width')) > 0).map((r) => r.getBoundingClientRect());
      const labels = [...chart.querySelectorAll('.chart-label')].map((t) => t.getBoundingClientRect());
      return { rights: bars.map((b) => b.right), lefts: bars.map((b) => b.left), labelLefts: labels.map((l) => l.left), label: chart.getAttribute('aria-label') };
    });
    expect(Math.max(...rtl.rights) - Math.min(...rtl.rights)).toBeLessThan(1);
    for (const left of rtl.labelLefts) expect(left).toBeGreaterThanOrEqual(Math.max(...rtl.rights));
    expect(rtl.label).toContain('الادعاءات حسب الحالة');
    await page.getByTestId('status-chart').screenshot({ path: join(ARTIFACTS, 'dashboard-chart-rtl.png') });
    await page.screenshot({ path: join(ARTIFACTS, 'dashboard-ar.png'), fullPage: true });
    await page.getByRole('combobox', { name: 'لغة الواجهة' }).selectOption('en');

    await page.locator(`[data-testid=drilldown] a`).click();
    await page.getByRole('region', { name: 'Claim editor' }).waitFor();
    expect(await page.locator(`[data-claim-id="${ids.munitions}"]`).getAttribute('class')).toContain('is-selected');
    expect(problems).toEqual([]);
    await omar.context().close();
    await context.close();
  });
});

describe('downloads and import', () => {
  it('every download link answers with its file and content type, for the workspace and for the article', async () => {
    const context = await personContext(browser, server, 'Vera', 'viewer');
    const page = await openDashboard(context);
    const check = async (scope: 'workspace' | 'article') => {
      const group = page.locator(`[data-testid=exports][data-scope=${scope}]`);
      const links = group.getByRole('link');
      // The Reports tab loads on demand: wait for its links before reading them.
      await links.first().waitFor();
      expect(await links.allInnerTexts()).toEqual(['Markdown report', 'Printable report', 'CSV', 'JSON data', 'ClaimReview', 'W3C annotations']);
      const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
      for (const [i, format] of EXPORT_FORMATS.entries()) {
        const res = await context.request.get(server.url + hrefs[i]!);
        expect(res.status()).toBe(200);
        expect(res.headers()['content-type']!.startsWith(EXPORT_FORMAT_INFO[format].contentType.split(';')[0]!)).toBe(true);
        const name = `isnad-${scope === 'workspace' ? 'workspace' : ARTICLE}-`;
        expect(res.headers()['content-disposition']).toContain(name);
        expect((await res.body()).length).toBeGreaterThan(100);
      }
      // A real click saves the file under the server's name.
      const [download] = await Promise.all([page.waitForEvent('download'), group.getByRole('link', { name: 'CSV' }).click()]);
      expect(download.suggestedFilename()).toMatch(new RegExp(`^isnad-${scope === 'workspace' ? 'workspace' : ARTICLE}-\\d{4}-\\d{2}-\\d{2}\\.csv$`));
    };
    await check('workspace');

    await page.goto(`${server.url}/#/articles/${ARTICLE}`);
    await page.getByRole('tab', { name: 'Reports' }).click();
    await check('article');
    // A viewer may download, not import.
    expect(await page.getByLabel('Import claims', { exact: true }).count()).toBe(0);
    await context.close();
  });

  it('an editor imports the seed\'s JSON export onto a copy of the article; the claims arrive live', async () => {
    const seed = (await server.dump()).articles[ARTICLE]!;
    const created = await server.fetch('/api/articles', {
      method: 'POST',
      as: 'Mona',
      role: 'editor',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ title: `نسخة: ${seed.title}`, body: seed.body.join('\n\n'), lang: 'ar', dir: 'rtl' }),
    });
    expect(created.status).toBe(201);
    const copy = ((await created.json()) as { article: { id: string } }).article.id;
    const json = await (await server.fetch(`/api/articles/${ARTICLE}/export?format=json`, { as: 'Mona' })).text();

    const context = await personContext(browser, server, 'Mona', 'editor');
    const page = await context.newPage();
    const problems = watchConsole(page);
    await page.goto(`${server.url}/#/articles/${copy}`);
    await page.locator('article p[data-start]').first().waitFor();
    expect(await page.locator('[data-claim-id]').count()).toBe(0);
    await page.getByRole('tab', { name: 'Reports' }).click();
    const input = page.getByLabel('Import claims', { exact: true });
    await input.setInputFiles({ name: 'report.csv', mimeType: 'text/csv', buffer: Buffer.from('a,b\n1,2') });
    await expect.poll(() => page.getByRole('alert').innerText()).toContain('not a JSON export');
    await input.setInputFiles({ name: 'isnad-seed.json', mimeType: 'application/json', buffer: Buffer.from(json) });
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Imported' }).innerText()).toBe('Imported 5 claims');
    await page.getByRole('tab', { name: /Claims/ }).click();
    await expect.poll(() => page.locator('[data-claim-id]').count()).toBe(5);
    // The same file again duplicates nothing.
    await page.getByRole('tab', { name: 'Reports' }).click();
    await input.setInputFiles({ name: 'isnad-seed.json', mimeType: 'application/json', buffer: Buffer.from(json) });
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Imported' }).innerText()).toBe('Imported 0 claims (5 already present)');
    await page.screenshot({ path: join(ARTIFACTS, 'import-claims.png') });
    expect(problems).toEqual([]);
    await context.close();
  });
});
