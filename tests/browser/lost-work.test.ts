import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ARTIFACTS, browserSuite, dragSelect, locatePhrase, personContext, selectionHandled, watchConsole } from '../helpers/browser.ts';
import type { TestServer } from '../helpers/test-server.ts';

// Nothing lost, nothing changed by surprise: what a journalist does, in a real browser.
const CLAIM_A = 'زودت روسيا بكميات كبيرة من الذخائر';
const CLAIM_B = 'بعد تسعة أشهر من زيارة كيم جونغ أون لروسيا';

let browser: Browser;
let server: TestServer;
browserSuite((suite) => ({ browser, server } = suite));
/** Each test drives one or two pages through several reloads on a loaded 2-core machine. */
const SLOW = 120_000;

async function open(page: Page) {
  await page.goto(server.url);
  await expect.poll(() => page.locator('article p[data-start]').count()).toBe(13);
}

async function select(page: Page, phrase: string) {
  const at = await locatePhrase(page, phrase);
  await dragSelect(page, at.paragraph, at.start, at.end);
  await selectionHandled(page);
}

const card = (page: Page, quote: string) => page.locator('.claims-list [data-claim-id]').filter({ hasText: quote });
/** Each test may run alone: captures the claim when an earlier test has not. */
async function ensureClaim(page: Page, phrase: string) {
  if ((await card(page, phrase).count()) > 0) return;
  await select(page, phrase);
  await page.getByRole('toolbar', { name: 'Capture claim' }).getByRole('button', { name: /Verified/ }).click();
  await expect.poll(() => card(page, phrase).count()).toBe(1);
}

const editorOf = (page: Page) => page.getByRole('region', { name: 'Claim editor' });

describe('nothing lost, nothing changed by surprise', () => {
  it('with claim A open, selecting new words and pressing 4 captures them as Disputed and leaves A as it was', async () => {
    const page = await (await personContext(browser, server, 'Layla', 'editor')).newPage();
    const problems = watchConsole(page);
    await open(page);
    await select(page, CLAIM_A);
    await page.getByRole('toolbar', { name: 'Capture claim' }).getByRole('button', { name: /Verified/ }).click();
    await expect.poll(() => card(page, CLAIM_A).getAttribute('data-status')).toBe('verified');
    await editorOf(page).waitFor(); // claim A is open

    await select(page, CLAIM_B);
    expect(await page.getByRole('toolbar', { name: 'Capture claim' }).count()).toBe(1);
    await page.keyboard.press('4');
    await expect.poll(() => card(page, CLAIM_B).getAttribute('data-status')).toBe('disputed');
    expect(await card(page, CLAIM_A).getAttribute('data-status')).toBe('verified');
    await page.screenshot({ path: join(ARTIFACTS, 'lost-work-pending-key.png') });

    // With nothing selected, the key changes the open claim (B, just captured), in view.
    await page.keyboard.press('3');
    await expect.poll(() => card(page, CLAIM_B).getAttribute('data-status')).toBe('verified');
    expect(await editorOf(page).getByRole('group', { name: 'Status' }).isVisible()).toBe(true);
    expect(problems).toEqual([]);
    await page.context().close();
  }, SLOW);

  it('text typed into a summary survives a reload, marked unsaved, and is saved only when asked; a pause saves a note', async () => {
    const page = await (await personContext(browser, server, 'Layla', 'editor')).newPage();
    await open(page);
    await ensureClaim(page, CLAIM_A);
    await card(page, CLAIM_A).click();
    const summary = editorOf(page).getByLabel('Summary');
    await summary.fill('الغرب يتهم كوريا الشمالية بتزويد روسيا بالذخائر');
    await page.reload(); // well before the pause that would save it
    await expect.poll(() => page.locator('article p[data-start]').count()).toBe(13);
    await card(page, CLAIM_A).click();
    await expect.poll(() => editorOf(page).getByLabel('Summary').inputValue()).toBe('الغرب يتهم كوريا الشمالية بتزويد روسيا بالذخائر');
    expect(await editorOf(page).getByText('Unsaved draft from your last visit').count()).toBe(1);
    expect(await card(page, CLAIM_A).innerText()).not.toContain('الغرب يتهم'); // not saved behind the person's back
    await editorOf(page).screenshot({ path: join(ARTIFACTS, 'lost-work-draft.png') });
    await editorOf(page).getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => card(page, CLAIM_A).innerText()).toContain('الغرب يتهم');

    // A note typed and left alone saves itself after a pause, without leaving the field.
    await editorOf(page).getByLabel('Note', { exact: true }).first().fill('Check the Pentagon briefing of 14 June');
    await expect.poll(() => editorOf(page).locator('.field-unsaved').count(), { timeout: 10_000 }).toBe(0);
    await page.reload();
    await expect.poll(() => page.locator('article p[data-start]').count()).toBe(13);
    await card(page, CLAIM_A).click();
    await expect.poll(() => editorOf(page).getByLabel('Note', { exact: true }).first().inputValue()).toBe('Check the Pentagon briefing of 14 June');
    expect(await editorOf(page).locator('.field-unsaved').count()).toBe(0);
    await page.context().close();
  }, SLOW);

  it('a deleted claim is restorable long after the undo toast: from the Deleted filter and from the activity feed', async () => {
    const page = await (await personContext(browser, server, 'Layla', 'editor')).newPage();
    const problems = watchConsole(page);
    await open(page);
    await ensureClaim(page, CLAIM_B);
    await card(page, CLAIM_B).click();
    await editorOf(page).getByRole('button', { name: 'Delete claim' }).click();
    await expect.poll(() => card(page, CLAIM_B).count()).toBe(0);
    await page.reload(); // the undo toast is gone
    await expect.poll(() => page.locator('article p[data-start]').count()).toBe(13);

    await page.getByRole('checkbox', { name: /Deleted/ }).check();
    const deleted = page.getByRole('list', { name: 'Deleted claims' });
    await expect.poll(() => deleted.innerText()).toContain(CLAIM_B);
    await page.screenshot({ path: join(ARTIFACTS, 'lost-work-deleted.png') });
    await deleted.getByRole('button', { name: 'Restore' }).click();
    await expect.poll(() => card(page, CLAIM_B).getAttribute('data-status')).toBe('verified');

    // Again, restored from the activity feed this time.
    await card(page, CLAIM_B).click();
    await editorOf(page).getByRole('button', { name: 'Delete claim' }).click();
    await expect.poll(() => card(page, CLAIM_B).count()).toBe(0);
    await page.getByRole('tab', { name: 'Activity' }).click();
    const restore = page.getByTestId('activity').getByRole('button', { name: 'Restore' });
    await expect.poll(() => restore.count()).toBe(1);
    await restore.click();
    await expect.poll(() => card(page, CLAIM_B).getAttribute('data-status')).toBe('verified');
    expect(problems).toEqual([]);
    await page.context().close();
  }, SLOW);

  it('"Keep mine" tells the colleague whose text it replaced, with their text, even offline; they restore it in one click', async () => {
    const layla = await (await personContext(browser, server, 'Layla', 'editor')).newPage();
    await open(layla);
    await ensureClaim(layla, CLAIM_A);
    await card(layla, CLAIM_A).click();
    const claimId = (await card(layla, CLAIM_A).getAttribute('data-claim-id'))!;
    const summary = editorOf(layla).getByLabel('Summary');
    await summary.focus(); // Layla begins editing on the current version

    // Meanwhile Omar (not in the browser now) rewrites the same summary.
    const omarSocket = await server.connect('Omar', 'reviewer');
    const ack = await omarSocket.timeout(5000).emitWithAck('claim:update', { id: claimId, changes: { summary: 'نص عمر عن الذخائر' } });
    expect(ack).toMatchObject({ ok: true });
    omarSocket.disconnect();

    await summary.fill('Layla’s summary of the munitions claim');
    await summary.blur();
    const conflict = editorOf(layla).getByRole('alert');
    await expect.poll(() => conflict.innerText()).toContain('نص عمر عن الذخائر');
    await conflict.getByRole('button', { name: 'Keep mine' }).click();
    await expect.poll(() => card(layla, CLAIM_A).innerText()).toContain('Layla’s summary');
    await expect.poll(() => editorOf(layla).locator('.comment').filter({ hasText: '«نص عمر عن الذخائر»' }).count()).toBe(1);

    // Omar signs in later: a mention tells him, with his text, and his history offers it back.
    const omar = await (await personContext(browser, server, 'Omar', 'reviewer')).newPage();
    const problems = watchConsole(omar);
    await open(omar);
    await omar.getByTestId('mentions').click();
    const omarEditor = editorOf(omar);
    await expect.poll(() => omarEditor.innerText()).toContain('«نص عمر عن الذخائر»');
    await omar.screenshot({ path: join(ARTIFACTS, 'lost-work-keep-mine-notice.png') });
    await omarEditor.getByRole('button', { name: 'Restore my text' }).click();
    await expect.poll(() => card(omar, CLAIM_A).innerText()).toContain('نص عمر عن الذخائر');
    await expect.poll(() => card(layla, CLAIM_A).innerText()).toContain('نص عمر عن الذخائر');
    expect(problems).toEqual([]);
    await layla.context().close();
    await omar.context().close();
  }, SLOW);
});
