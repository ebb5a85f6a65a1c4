import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SEED_ARTICLE_ID } from '../../server/seed/seed-article.ts';
import { ARTIFACTS, dragSelect, locatePhrase, personContext, watchConsole, browserSuite } from '../helpers/browser.ts';
import type { TestServer } from '../helpers/test-server.ts';

/**
 * Unreliable connections: changes made offline are kept (also across a
 * reload), shown as pending, replayed in order when the link is back, and
 * both people end with exactly the server's state.
 */

const MUNITIONS = 'زودت روسيا بكميات كبيرة من الذخائر';
const MISSILES = 'الصواريخ الباليستية الكورية الشمالية';
const FIRST_VISIT = 'أول زيارة';

let browser: Browser;
let server: TestServer;
browserSuite((suite) => ({ browser, server } = suite));


const connection = (page: Page) => page.getByTestId('connection');
const card = (page: Page, quote: string) => page.locator('[data-claim-id]').filter({ has: page.locator('.claim-quote', { hasText: quote }) });
const editor = (page: Page) => page.getByRole('region', { name: 'Claim editor' });

async function openPage(context: BrowserContext): Promise<{ page: Page; problems: string[] }> {
  const page = await context.newPage();
  const problems = watchConsole(page);
  await page.goto(server.url);
  // A first load on a busy 2-core machine can take more than poll's default second.
  await expect.poll(() => page.locator('article p[data-start]').count(), { timeout: 10_000 }).toBe(13);
  await expect.poll(() => connection(page).getAttribute('data-state'), { timeout: 10_000 }).toBe('connected');
  return { page, problems };
}

async function capture(page: Page, phrase: string, status: RegExp): Promise<void> {
  const at = await locatePhrase(page, phrase);
  await dragSelect(page, at.paragraph, at.start, at.end);
  await page.getByRole('toolbar', { name: 'Capture claim' }).getByRole('button', { name: status }).click();
  await expect.poll(() => connection(page).getAttribute('data-pending')).toBe('0');
}

/** The app shell is cached by the service worker, so a reload without network still opens the app. */
async function shellCached(page: Page): Promise<number> {
  return page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    const names = await caches.keys();
    const keys = await Promise.all(names.map(async (n) => (await caches.open(n)).keys()));
    return keys.flat().filter((r) => new URL(r.url).pathname.startsWith('/assets/')).length;
  });
}

/** What a person sees of the claims: enough to compare two people and the server. */
function claimsShown(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('[data-claim-id]')]
      .map((el) => ({
        id: el.dataset.claimId!,
        status: el.dataset.status!,
        pending: el.dataset.pending ?? null,
        summary: el.querySelector('.claim-summary:not(.is-empty)')?.textContent ?? '',
        quote: el.querySelector('.claim-quote')!.textContent!,
      }))
      .sort((a, b) => a.id.localeCompare(b.id)),
  );
}

async function claimsOnServer() {
  return Object.values((await server.dump()).claims)
    .filter((c) => c.articleId === SEED_ARTICLE_ID && !c.deleted)
    .map((c) => ({ id: c.id, status: c.status, pending: null, summary: c.summary, quote: c.target.quote.exact }))
    .sort((a, b) => a.id.localeCompare(b.id));
}

const commentsOnServer = async (claimId: string) => Object.values((await server.dump()).comments).filter((c) => c.claimId === claimId);

describe('working offline', () => {
  it('changes made offline are pending, survive a reload, and reach a colleague once the link is back', async () => {
    const ctxA = await personContext(browser, server, 'Layla', 'reviewer');
    const ctxB = await personContext(browser, server, 'Omar', 'reviewer');
    const { page: a, problems: pa } = await openPage(ctxA);
    const { page: b, problems: pb } = await openPage(ctxB);
    await capture(a, MUNITIONS, /Disputed/);
    await expect.poll(() => card(b, MUNITIONS).getAttribute('data-status')).toBe('disputed');
    await expect.poll(() => shellCached(a)).toBeGreaterThan(0);

    // A loses the network: the socket drops and the indicator says so.
    await ctxA.setOffline(true);
    await expect.poll(() => connection(a).getAttribute('data-state')).toBe('disconnected');

    // A keeps working: a status change and a comment mentioning Omar, both pending.
    await card(a, MUNITIONS).click();
    await editor(a).getByRole('button', { name: /Verified/ }).click();
    await a.getByLabel('Comment').fill('Confirmed by the Pentagon briefing. @Omar can you double-check?');
    await a.getByRole('button', { name: 'Post comment' }).click();
    await expect.poll(() => connection(a).getAttribute('data-pending')).toBe('2');
    expect(await card(a, MUNITIONS).getAttribute('data-status')).toBe('verified');
    expect(await card(a, MUNITIONS).getAttribute('data-pending')).toBe('true');
    expect(await a.locator('[data-testid=comments] li').getAttribute('data-pending')).toBe('true');
    await a.screenshot({ path: join(ARTIFACTS, 'offline-pending.png') });

    // Nothing reached the server or Omar. A's link was down before the changes were made
    // (the indicator, above), so nothing is in flight: the server is checked, not waited on.
    const claimId = (await card(a, MUNITIONS).getAttribute('data-claim-id'))!;
    expect((await claimsOnServer()).find((c) => c.id === claimId)?.status).toBe('disputed');
    expect(await commentsOnServer(claimId)).toHaveLength(0);
    expect(await card(b, MUNITIONS).getAttribute('data-status')).toBe('disputed');

    // A reloads, still offline: the work is still there, still pending.
    await a.reload();
    await expect.poll(() => a.locator('article p[data-start]').count()).toBe(13);
    // The page itself came from the service worker's cache, not the network.
    const fromCache = () => {
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      return Boolean(navigator.serviceWorker.controller) && nav.transferSize === 0;
    };
    expect(await a.evaluate(fromCache)).toBe(true);
    expect(await connection(a).getAttribute('data-state')).not.toBe('connected');
    await expect.poll(() => connection(a).getAttribute('data-pending')).toBe('2');
    expect(await card(a, MUNITIONS).getAttribute('data-status')).toBe('verified');
    expect(await card(a, MUNITIONS).getAttribute('data-pending')).toBe('true');
    // Parts loaded on demand open offline too, even those never opened online (the service worker keeps every chunk).
    await a.getByRole('tab', { name: 'Reports' }).click();
    await a.getByRole('heading', { name: 'Download' }).waitFor();
    await a.getByRole('tab', { name: /Claims/ }).click();
    await a.getByRole('button', { name: 'Find', exact: true }).click();
    await a.getByLabel('Find in article').fill('بوتين');
    await expect.poll(() => a.getByTestId('search-count').textContent()).toMatch(/^1 of \d+$/);
    await a.getByLabel('Find in article').press('Escape');

    // Back online: the queue is replayed in order, once.
    await ctxA.setOffline(false);
    await expect.poll(() => connection(a).getAttribute('data-state'), { timeout: 15_000 }).toBe('connected');
    await expect.poll(() => connection(a).getAttribute('data-pending'), { timeout: 10_000 }).toBe('0');
    expect(await card(a, MUNITIONS).getAttribute('data-pending')).toBeNull();
    await expect.poll(() => card(b, MUNITIONS).getAttribute('data-status'), { timeout: 5000 }).toBe('verified');
    expect(await commentsOnServer(claimId)).toHaveLength(1);
    expect((await server.dump()).claims[claimId]).toMatchObject({ status: 'verified', updatedBy: 'Layla' });

    // Omar sees the comment, marked as mentioning him, and the count in the header.
    await card(b, MUNITIONS).click();
    const comment = b.locator('[data-testid=comments] li');
    await expect.poll(() => comment.getAttribute('data-mentions-me')).toBe('true');
    expect(await comment.innerText()).toContain('@Omar can you double-check?');
    await expect.poll(() => b.getByTestId('mentions').getAttribute('data-count')).toBe('1');
    // The history names who did what: capture, the status change, the comment.
    await expect.poll(() => b.locator('[data-testid=claim-history] li').count()).toBe(3);
    expect(await b.locator('[data-testid=claim-history] li').nth(1).innerText()).toMatch(/Layla changed[\s\S]*Disputed → Verified/);
    await b.screenshot({ path: join(ARTIFACTS, 'offline-replayed.png') });
    expect([...pa, ...pb]).toEqual([]);
    await ctxA.close();
    await ctxB.close();
  });

  it('a colleague works while A is disconnected; after the reconnect both see exactly the server’s state', async () => {
    const ctxA = await personContext(browser, server, 'Layla', 'reviewer');
    const ctxB = await personContext(browser, server, 'Omar', 'reviewer');
    const { page: a, problems: pa } = await openPage(ctxA);
    const { page: b, problems: pb } = await openPage(ctxB);
    await capture(b, MISSILES, /Attributed/);
    await expect.poll(() => card(a, MISSILES).count()).toBe(1);

    await ctxA.setOffline(true);
    await expect.poll(() => connection(a).getAttribute('data-state')).toBe('disconnected');

    // Omar: a claim made and deleted again, a new claim, a status change and evidence.
    await capture(b, FIRST_VISIT, /Disputed/);
    await editor(b).getByRole('button', { name: 'Delete claim' }).click();
    await expect.poll(() => card(b, FIRST_VISIT).count()).toBe(0);
    await capture(b, 'الكرملين', /Attributed/);
    await card(b, MISSILES).click();
    await editor(b).getByRole('button', { name: /Verified/ }).click();
    await b.getByLabel('Evidence URL').fill('https://www.defense.gov/News/briefing');
    await b.getByLabel('Evidence title').fill('Pentagon briefing');
    await b.getByRole('button', { name: 'Add evidence' }).click();
    await expect.poll(() => connection(b).getAttribute('data-pending')).toBe('0');

    // Layla, offline: the summary of the same claim (another field: merges) and its status (the same field: a conflict).
    await card(a, MISSILES).click();
    await editor(a).getByLabel('Summary').fill('Pentagon: Moscow used North Korean missiles');
    await editor(a).getByLabel('Summary').press('Enter');
    await editor(a).getByRole('button', { name: /Disputed/ }).click();
    await expect.poll(() => connection(a).getAttribute('data-pending')).toBe('2');

    await ctxA.setOffline(false);
    await expect.poll(() => connection(a).getAttribute('data-pending'), { timeout: 15_000 }).toBe('0');

    // The status conflict is shown, never silently resolved: theirs beside mine, and who.
    const alert = editor(a).getByRole('alert');
    await alert.waitFor();
    expect(await alert.innerText()).toMatch(/Omar changed the status/);
    expect(await alert.innerText()).toContain('Verified');
    expect(await alert.innerText()).toContain('Disputed');
    await a.screenshot({ path: join(ARTIFACTS, 'offline-conflict.png') });
    await alert.getByRole('button', { name: 'Use theirs' }).click();
    expect(await editor(a).getByRole('alert').count()).toBe(0);

    // Everyone ends in the same state as the server.
    const expected = await claimsOnServer();
    expect(expected.find((c) => c.quote === MISSILES)).toMatchObject({ status: 'verified', summary: 'Pentagon: Moscow used North Korean missiles' });
    await expect.poll(() => claimsShown(a)).toEqual(expected);
    await expect.poll(() => claimsShown(b)).toEqual(expected);
    await card(b, MISSILES).click();
    await expect.poll(() => b.locator('[data-testid=evidence] li').count()).toBe(1);
    await expect.poll(() => a.locator('[data-testid=evidence] li').count()).toBe(1);
    const link = a.locator('[data-testid=evidence] li a');
    expect(await link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(await link.getAttribute('target')).toBe('_blank');

    // The activity feed tells the story, newest first.
    await a.getByRole('tab', { name: 'Activity' }).click();
    await expect.poll(() => a.locator('[data-testid=activity] li').count()).toBeGreaterThanOrEqual(5);
    await expect.poll(() => a.locator('[data-testid=activity] li').first().innerText()).toMatch(/Layla changed[\s\S]*Summary/);
    expect(await a.locator('[data-testid=activity] li').count()).toBe(Object.values((await server.dump()).history).flat().length);
    expect([...pa, ...pb]).toEqual([]);
    await ctxA.close();
    await ctxB.close();
  });
});
