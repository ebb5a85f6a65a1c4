import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { sourceKey } from '../../shared/sources/source-key.ts';
import { ARTIFACTS, browserSuite, personContext, watchConsole } from '../helpers/browser.ts';
import type { TestServer } from '../helpers/test-server.ts';

/**
 * The Sources page in Chromium: an editor merges two spellings of the
 * Kremlin ("الكرملين" and "الكريملين") and the table counts them as one;
 * Washington and the United States stay apart; a viewer in another
 * browser sees the merge arrive live, with nothing to merge offered.
 */

const ARTICLE = 'seed-putin-pyongyang';
const KREMLIN = sourceKey('الكرملين');
const KREMLIN2 = sourceKey('الكريملين');

let browser: Browser;
let server: TestServer;
browserSuite((suite) => ({ browser, server } = suite));

beforeAll(async () => {
  const socket = await server.connect('Layla', 'reviewer');
  const claims: Array<[string, string]> = [
    ['الكرملين', 'attributed'],
    ['الكرملين', 'disputed'],
    ['الكريملين', 'verified'],
    ['واشنطن', 'attributed'],
    ['الولايات المتحدة', 'disputed'],
  ];
  for (const [n, [attributedTo, status]] of claims.entries()) {
    const ack = await socket.timeout(5000).emitWithAck('claim:create', { articleId: ARTICLE, target: { start: 400 + n * 12, end: 410 + n * 12 }, attributedTo, status: status as 'attributed' });
    if (!ack.ok) throw new Error(ack.error.message);
  }
});

/** Each row of the table: its key, its name as drawn, its claim count and its counts by status. */
function rows(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('[data-testid=sources-table] tbody tr')].map((tr) => ({
      key: tr.getAttribute('data-source-key'),
      name: tr.querySelector('.source-name')?.textContent,
      claims: Number(tr.querySelector('[data-testid=source-claims]')?.textContent),
      disputed: Number(tr.querySelector('[data-status=disputed]')?.textContent),
      verified: Number(tr.querySelector('[data-status=verified]')?.textContent),
    })),
  );
}

async function open(name: string, role: 'editor' | 'viewer'): Promise<{ page: Page; errors: string[] }> {
  const context = await personContext(browser, server, name, role);
  const page = await context.newPage();
  const errors = watchConsole(page);
  await page.goto(`${server.url}/#/sources`);
  await page.getByTestId('sources-table').waitFor();
  return { page, errors };
}

describe('the Sources page', () => {
  it('lets an editor merge two spellings of the Kremlin, and the counts combine for everyone, live', async () => {
    const editor = await open('Edith', 'editor');
    const viewer = await open('Vera', 'viewer');
    await expect.poll(() => rows(editor.page)).toHaveLength(4);
    expect((await rows(editor.page)).find((r) => r.key === KREMLIN)).toMatchObject({ name: 'الكرملين', claims: 2, disputed: 1 });
    // Suggested, not merged; Washington and the United States are neither.
    await expect.poll(() => editor.page.getByRole('region', { name: 'Possibly one source' }).textContent()).toContain('الكريملين');
    expect(await viewer.page.getByRole('checkbox').count()).toBe(0);
    expect(await viewer.page.getByRole('region', { name: 'Possibly one source' }).count()).toBe(0);

    await editor.page.getByRole('checkbox', { name: 'Select الكرملين' }).check();
    await editor.page.getByRole('checkbox', { name: 'Select الكريملين' }).check();
    const bar = editor.page.getByRole('region', { name: 'Merge sources' });
    await bar.getByRole('radio', { name: /الكرملين/ }).check();
    await bar.getByRole('button', { name: 'Merge' }).click();

    const merged = { key: KREMLIN, name: 'الكرملين', claims: 3, disputed: 1, verified: 1 };
    await expect.poll(() => rows(editor.page)).toHaveLength(3);
    expect((await rows(editor.page)).find((r) => r.key === KREMLIN)).toEqual(merged);
    expect((await rows(editor.page)).some((r) => r.key === KREMLIN2)).toBe(false);
    expect((await rows(editor.page)).filter((r) => r.claims === 1)).toHaveLength(2);
    // The viewer's page hears of it without reloading.
    await expect.poll(() => rows(viewer.page).then((list) => list.find((r) => r.key === KREMLIN)), { timeout: 15_000 }).toEqual(merged);

    // The merged source's claims, each a link into the reader.
    await editor.page.getByRole('button', { name: 'الكرملين', exact: true }).click();
    const list = editor.page.getByTestId('source-claims-list');
    await expect.poll(() => list.locator('li').count()).toBe(3);
    expect(await list.locator('a').first().getAttribute('href')).toMatch(new RegExp(`^#/articles/${ARTICLE}/claims/`));
    await editor.page.screenshot({ path: join(ARTIFACTS, 'sources-merged.png'), fullPage: true });

    await editor.page.getByRole('button', { name: 'Unmerge' }).click();
    await expect.poll(() => rows(editor.page)).toHaveLength(4);
    expect(editor.errors).toEqual([]);
    expect(viewer.errors).toEqual([]);
  });
});
