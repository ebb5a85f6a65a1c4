import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SEED_ARTICLE_ID } from '../../server/seed/seed-article.ts';
import { ARTIFACTS, browserSuite, dragSelect, locatePhrase, personContext, watchConsole } from '../helpers/browser.ts';
import { claimOn, type TestClient, type TestServer } from '../helpers/test-server.ts';

/**
 * From a first highlight to a published, corrected-once fact-check, in
 * Chromium and from the UI alone: an editor captures a claim on the Arabic
 * seed article, writes it up, marks it ready and approves it, publishes it
 * from the Reports tab, and the public page (read signed out) is right to left with
 * its ClaimReview markup and no policy violation. The verdict is then
 * changed, approved again and republished: the page says what changed.
 * An English article's page reads left to right, in English.
 */
const DOCS = fileURLToPath(new URL('../../docs', import.meta.url));
const PUBLISH = `/api/articles/${SEED_ARTICLE_ID}/publish`;
const PHRASE = 'كوريا الشمالية زودت روسيا بكميات كبيرة من الذخائر';

let browser: Browser;
let server: TestServer;

browserSuite((suite) => ({ browser, server } = suite));

async function update(socket: TestClient, id: string, changes: Record<string, unknown>): Promise<void> {
  const ack = await socket.timeout(5000).emitWithAck('claim:update', { id, changes } as never);
  if (!ack.ok) throw new Error(`${JSON.stringify(changes)}: ${ack.error.code}`);
}

const signOff = (page: Page) => page.getByRole('group', { name: 'Sign-off', exact: true }).innerText();

/** Types into a claim field and leaves it, which saves it. */
async function fillField(field: Locator, text: string): Promise<void> {
  await field.fill(text);
  await field.blur();
}

/** The public page as a reader gets it: a fresh context, no session. */
async function readPublic(url: string, shot: string): Promise<{ page: Page; problems: string[]; close: () => Promise<void> }> {
  const context = await browser.newContext({ viewport: { width: 900, height: 1100 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const problems = watchConsole(page);
  const res = await page.goto(new URL(new URL(url).pathname, server.url).href);
  expect(res!.status()).toBe(200);
  await page.screenshot({ path: join(ARTIFACTS, shot), fullPage: true });
  return { page, problems, close: () => context.close() };
}

async function claimReviews(page: Page): Promise<Array<{ claimReviewed: string; reviewRating: { alternateName: string } }>> {
  return JSON.parse(await page.locator('script[type="application/ld+json"]').textContent() ?? '[]');
}

describe('publishing a fact-check', () => {
  it('an editor takes the seed article from first highlight to a published page, then corrects it once', async () => {
    const context = await personContext(browser, server, 'Mona', 'editor');
    const editor = await context.newPage();
    const problems = watchConsole(editor);
    await editor.goto(server.url);
    await expect.poll(() => editor.locator('article p[data-start]').count()).toBe(13);

    // The first highlight, with the mouse, captured as disputed.
    const at = await locatePhrase(editor, PHRASE);
    await dragSelect(editor, at.paragraph, at.start, at.end);
    await editor.getByRole('toolbar', { name: 'Capture claim' }).getByRole('button', { name: /Disputed/ }).click();
    await expect.poll(async () => Object.values((await server.dump()).claims).length).toBe(1);
    const id = Object.values((await server.dump()).claims)[0]!.id;
    const stored = async () => (await server.dump()).claims[id]!;

    // Written up in the claim's own fields, all typed in the UI.
    await editor.locator(`[data-claim-id="${id}"]`).first().click();
    const claimEditor = editor.getByRole('region', { name: 'Claim editor' });
    await fillField(claimEditor.getByLabel('Summary', { exact: true }), 'كوريا الشمالية زودت روسيا بكميات كبيرة من الذخائر');
    await fillField(claimEditor.getByLabel('Source', { exact: true }), 'الدول الغربية');
    const verdict = editor.getByRole('region', { name: 'Public verdict' });
    await fillField(verdict.getByLabel(/Explanation/), 'لم تُنشر أدلة مستقلة على حجم الإمدادات.');
    await expect.poll(async () => (await stored()).explanation).toBe('لم تُنشر أدلة مستقلة على حجم الإمدادات.');
    expect((await stored()).attributedTo).toBe('الدول الغربية');
    const evidence = editor.getByRole('region', { name: 'Evidence' });
    await evidence.getByLabel('Evidence URL').fill('https://www.defense.gov/News/');
    await evidence.getByLabel('Evidence title').fill('إحاطة البنتاغون');
    await evidence.getByRole('button', { name: 'Add evidence' }).click();
    await expect.poll(async () => (await stored()).evidence.map((e) => e.title)).toEqual(['إحاطة البنتاغون']);

    // Marked ready (editors may, as reviewers may), then approved, with the buttons.
    await verdict.getByRole('button', { name: 'Mark ready' }).click();
    await expect.poll(() => signOff(editor)).toContain('Ready for approval');
    await verdict.getByRole('button', { name: 'Approve', exact: true }).click();
    await expect.poll(() => signOff(editor)).toContain('Approved');
    expect((await stored()).review).toBe('approved');

    // Publish from the Reports tab.
    await editor.getByRole('tab', { name: 'Reports' }).click();
    const panel = editor.getByTestId('publish');
    await expect.poll(() => panel.getByTestId('publish-preview').textContent()).toBe('1 approved claim will be published.');
    await panel.getByLabel('Original article URL (optional)').fill('https://www.youm7.com/story/2024/7/4/putin-pyongyang');
    await panel.getByRole('button', { name: 'Publish' }).click();
    const link = panel.getByTestId('public-link');
    await link.waitFor();
    const url = (await link.getAttribute('href'))!;
    expect(url).toMatch(new RegExp(`/p/[a-z0-9-]+-${SEED_ARTICLE_ID}$`));
    await editor.screenshot({ path: join(ARTIFACTS, 'publish-panel.png') });

    const first = await readPublic(url, 'publish-ar.png');
    expect(await first.page.evaluate(() => [document.documentElement.lang, document.documentElement.dir, getComputedStyle(document.body).direction])).toEqual(['ar', 'rtl', 'rtl']);
    expect(await first.page.locator('.claim').count()).toBe(1);
    expect(await first.page.locator('.claim mark').textContent()).toBe(PHRASE);
    const [review] = await claimReviews(first.page);
    expect(await first.page.locator('.claim-reviewed').textContent()).toBe(review!.claimReviewed);
    expect(await first.page.locator('.rating').textContent()).toBe(review!.reviewRating.alternateName);
    expect(await first.page.locator('.corrections').count()).toBe(0);
    expect(first.problems).toEqual([]);
    await first.close();

    // The verdict changes in the UI, which takes the approval back; approved again, and republished.
    await editor.getByRole('tab', { name: /^Claims/ }).click();
    await editor.locator(`[data-claim-id="${id}"]`).first().click();
    await claimEditor.getByRole('group', { name: 'Status' }).getByRole('button', { name: /Verified/ }).click();
    await fillField(verdict.getByLabel(/Explanation/), 'أكدت صور أقمار صناعية شحنات الذخائر.');
    await expect.poll(async () => [(await stored()).status, (await stored()).explanation]).toEqual(['verified', 'أكدت صور أقمار صناعية شحنات الذخائر.']);
    await expect.poll(() => signOff(editor)).toContain('Ready for approval');
    await verdict.getByRole('button', { name: 'Approve', exact: true }).click();
    await expect.poll(() => signOff(editor)).toContain('Approved');
    await editor.getByRole('tab', { name: 'Reports' }).click();
    await panel.getByRole('button', { name: 'Republish' }).click();
    await expect.poll(() => panel.getByTestId('publish-versions').locator('li').count()).toBe(2);

    const second = await readPublic(url, 'publish-ar-corrected.png');
    const correction = await second.page.locator('.corrections li').innerText();
    expect(correction).toMatch(/^حُدّث في .+: «كوريا الشمالية زودت روسيا بكميات كبيرة من الذخائر»: تغيّر الحكم من «.+» إلى «.+»\. صُحّح الشرح\.$/u);
    expect(await second.page.locator('.claim .explanation').innerText()).toBe('أكدت صور أقمار صناعية شحنات الذخائر.');
    expect(second.problems).toEqual([]);
    // The page in the README.
    copyFileSync(join(ARTIFACTS, 'publish-ar-corrected.png'), join(DOCS, 'published.png'));
    await second.close();
    expect(problems).toEqual([]);
    await context.close();
  });

  it('an English article reads left to right, in English, with its own markup', async () => {
    const res = await server.fetch('/api/articles', {
      method: 'POST',
      as: 'Mona',
      role: 'editor',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'Kremlin says Putin will sign very important documents', byline: 'Staff', dateline: '18 June 2024', body: 'The Kremlin said very important documents would be signed during the visit.\n\nIt is the first visit in 24 years.' }),
    });
    const { article } = await res.json();
    const mona = await server.connect('Mona', 'editor');
    const text = 'very important documents would be signed';
    const start = 'The Kremlin said '.length;
    const created = await mona.timeout(5000).emitWithAck('claim:create', { articleId: article.id, target: { start, end: start + text.length }, status: 'attributed', attributedTo: 'the Kremlin', summary: 'Putin will sign very important documents in Pyongyang' });
    if (!created.ok) throw new Error(created.error.code);
    await update(mona, created.claim.id, { explanation: 'The Kremlin did say so; the documents were signed on 19 June.', review: 'ready' });
    await update(mona, created.claim.id, { review: 'approved' });
    const published = await server.fetch(`/api/articles/${article.id}/publish`, { method: 'POST', as: 'Mona', role: 'editor', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(published.status).toBe(201);
    const { url } = await published.json();
    expect(url).toMatch(new RegExp(`/p/kremlin-says-putin-will-sign-very-important-documents-${article.id}$`));
    const page = await readPublic(url, 'publish-en.png');
    expect(await page.page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['en', 'ltr']);
    expect(await page.page.locator('.kicker').innerText()).toMatch(/^Fact-check · /);
    expect(await page.page.locator('.verdict-label').innerText()).toBe('Verdict:');
    const [review] = await claimReviews(page.page);
    expect(review!.claimReviewed).toBe('Putin will sign very important documents in Pyongyang');
    expect(review!.reviewRating.alternateName).toMatch(/^[A-Za-z ,]+$/);
    expect(page.problems).toEqual([]);
    await page.close();
  });
  it('an admin renames a rating label in the settings: the claim\'s rating select and the republished ClaimReview use the new name', async () => {
    const mona = await server.connect('Mona', 'editor');
    const id = await claimOn(server, mona, 'الصواريخ الباليستية الكورية الشمالية');
    await update(mona, id, { status: 'disputed', summary: 'استخدمت روسيا صواريخ كورية شمالية', explanation: 'لا دليل منشور.' });
    await update(mona, id, { review: 'ready' });
    await update(mona, id, { review: 'approved' });
    const first = await server.fetch(PUBLISH, { method: 'POST', as: 'Mona', role: 'editor', headers: { 'content-type': 'application/json' }, body: '{}' });
    const { url } = (await first.json()) as { url: string };
    const before = await readPublic(url, 'rating-before.png');
    expect((await claimReviews(before.page)).map((r) => r.reviewRating.alternateName)).toContain('خاطئ');
    await before.close();

    const context = await personContext(browser, server, 'Aziz', 'admin');
    const admin = await context.newPage();
    const problems = watchConsole(admin);
    await admin.goto(`${server.url}/#/admin/users`);
    // Both names: the English interface shows the English one, the Arabic article's ClaimReview the Arabic one.
    await admin.getByLabel('Label 1 English name').fill('Fabricated');
    await admin.getByLabel('Label 1 Arabic name').fill('زائف');
    await admin.getByRole('button', { name: 'Save settings' }).click();
    await admin.getByText('Saved. New reports use these settings.').waitFor();
    await admin.screenshot({ path: join(ARTIFACTS, 'rating-scale-page.png') });
    await admin.locator('.settings-form').screenshot({ path: join(ARTIFACTS, 'rating-scale-editor.png') });

    // The claim's rating select offers the new name, in the interface's language.
    await admin.goto(server.url);
    await admin.locator(`[data-claim-id="${id}"]`).first().click();
    const select = admin.getByRole('region', { name: 'Public verdict' }).getByLabel('Rating');
    await expect.poll(() => select.locator('option').allInnerTexts()).toContain('Fabricated (1/4)');

    // Republished from the Reports tab, the markup names the verdict anew.
    await admin.getByRole('tab', { name: 'Reports' }).click();
    const panel = admin.getByTestId('publish');
    const versions = panel.getByTestId('publish-versions').locator('li');
    await versions.first().waitFor();
    // The suite's server is shared: the first test published this article too.
    const had = await versions.count();
    await panel.getByRole('button', { name: 'Republish' }).click();
    await expect.poll(() => versions.count()).toBe(had + 1);
    const after = await readPublic(url, 'rating-after.png');
    expect((await claimReviews(after.page)).map((r) => r.reviewRating.alternateName)).toContain('زائف');
    await after.close();
    expect(problems).toEqual([]);
    await context.close();
  });
});
