import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SEED_ARTICLE_ID } from '../../server/seed/seed-article.ts';
import type { ClaimReviewMarkupPage } from '../../shared/publish/factcheck-api.ts';
import type { PublishedClaimReview } from '../../shared/publish/claimreview-markup.ts';
import type { MissedEvent } from '../../shared/protocol/events.ts';
import { claimOn, startTestServer, type TestClient, type TestServer } from '../helpers/test-server.ts';
import { testScope } from '../helpers/test-scope.ts';

const scope = testScope();

const PUBLISH = `/api/articles/${SEED_ARTICLE_ID}/publish`;
const FACTCHECK_API = `/api/articles/${SEED_ARTICLE_ID}/export?format=factcheck-api`;

/** Words of the seed article the tests make claims on. */
const MUNITIONS = 'زودت روسيا بكميات كبيرة من الذخائر';
const MISSILES = 'الصواريخ الباليستية الكورية الشمالية';

interface Desk {
  server: TestServer;
  editor: TestClient;
  reviewer: TestClient;
}

async function desk(server?: TestServer): Promise<Desk> {
  server ??= await scope.server();
  return { server, editor: await server.connect('Mona', 'editor'), reviewer: await server.connect('Layla', 'reviewer') };
}

async function update(socket: TestClient, id: string, changes: Record<string, unknown>): Promise<void> {
  const ack = await socket.timeout(5000).emitWithAck('claim:update', { id, changes } as never);
  if (!ack.ok) throw new Error(`${JSON.stringify(changes)}: ${ack.error.code}`);
}

/** A claim taken from highlight to approval: the reviewer writes it up and marks it ready, the editor approves it. */
async function approved(d: Desk, phrase: string, fields: Record<string, unknown>): Promise<string> {
  const id = await claimOn(d.server, d.reviewer, phrase);
  await update(d.reviewer, id, fields);
  await update(d.reviewer, id, { review: 'ready' });
  await update(d.editor, id, { review: 'approved' });
  return id;
}

async function publish(d: Desk, as = 'Mona', role: 'editor' | 'reviewer' | 'viewer' | 'admin' = 'editor', body: unknown = {}) {
  return d.server.fetch(PUBLISH, { method: 'POST', as, role, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
}

/** The page as anyone gets it: no cookie. */
async function page(d: Desk, url: string): Promise<{ status: number; html: string; headers: Headers }> {
  const res = await fetch(d.server.url + new URL(url).pathname);
  return { status: res.status, html: await res.text(), headers: res.headers };
}

function jsonLd(html: string): PublishedClaimReview[] {
  const blocks = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)];
  expect(blocks).toHaveLength(1);
  return JSON.parse(blocks[0]![1]!) as PublishedClaimReview[];
}

/** What a reader sees: the body's text, without tags, entities decoded. */
function visibleText(html: string): string {
  const body = html.slice(html.indexOf('<body>'));
  return body
    .replace(/<[^>]+>/g, '')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

describe('publishing an article report', () => {
  it('publishes the approved claims only, at a stable public URL, readable without signing in', async () => {
    const d = await desk();
    const munitions = await approved(d, MUNITIONS, { status: 'disputed', summary: 'كوريا الشمالية زودت روسيا بالذخائر', attributedTo: 'الدول الغربية', explanation: 'لا دليل مستقلًا على الكميات.', note: 'ملاحظة داخلية سرية' });
    const missiles = await claimOn(d.server, d.reviewer, MISSILES);
    await update(d.reviewer, missiles, { summary: 'ادعاء جاهز لم يُعتمد', explanation: 'شرح غير معتمد', review: 'ready' });
    const draft = await claimOn(d.server, d.reviewer, 'وثائق مهمة للغاية');
    await update(d.reviewer, draft, { summary: 'مسودة لم تراجع' });

    const res = await publish(d);
    expect(res.status).toBe(201);
    const { url, version, publishedAt } = (await res.json()) as { url: string; version: number; publishedAt: string };
    expect(version).toBe(1);
    expect(url).toMatch(new RegExp(`^http://localhost:3000/p/[a-z0-9-]+-${SEED_ARTICLE_ID}$`));
    expect(Date.parse(publishedAt)).not.toBeNaN();

    const p = await page(d, url);
    expect(p.status).toBe(200);
    expect(p.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(p.html).toMatch(/<html lang="ar" dir="rtl">/);
    const text = visibleText(p.html);
    expect(text).toContain('كوريا الشمالية زودت روسيا بالذخائر');
    expect(text).toContain(MUNITIONS);
    expect(text).toContain('لا دليل مستقلًا على الكميات.');
    expect(text).toContain('الدول الغربية');
    for (const secret of ['ادعاء جاهز لم يُعتمد', 'شرح غير معتمد', 'مسودة لم تراجع', 'ملاحظة داخلية سرية', 'Layla']) expect(p.html).not.toContain(secret);
    expect(p.html).toContain(`id="claim-${munitions}"`);
    expect(p.html).not.toContain(missiles);
  });

  it('serves a strict policy (its own style by hash, no script at all) and cache headers for a page that can change', async () => {
    const d = await desk();
    await approved(d, MUNITIONS, { status: 'disputed', summary: '</script><script>alert(1)</script><img src=x onerror=alert(2)>' });
    const { url } = await (await publish(d)).json();
    const p = await page(d, url);
    const csp = p.headers.get('content-security-policy')!;
    expect(csp).toMatch(/^default-src 'none'; style-src 'sha256-[A-Za-z0-9+/]+=*'; /);
    expect(csp).not.toMatch(/unsafe-inline|script-src/);
    expect(p.headers.get('cache-control')).toBe('public, max-age=60, must-revalidate');
    expect(p.headers.get('etag')).toBeTruthy();
    // The user's markup is text on the page and data in the JSON-LD: one script block (the JSON-LD), no tag of theirs.
    expect(p.html.match(/<script/g)).toHaveLength(1);
    expect(p.html).not.toContain('<img');
    expect(p.html).toContain('&lt;img src=x onerror=alert(2)&gt;');
    expect(jsonLd(p.html)[0]!.claimReviewed).toBe('</script><script>alert(1)</script><img src=x onerror=alert(2)>');
  });

  it('marks each approved, rated claim up as ClaimReview with what Google requires and recommends, matching the visible text', async () => {
    const d = await desk();
    await approved(d, MUNITIONS, { status: 'disputed', summary: 'كوريا الشمالية زودت روسيا بالذخائر', attributedTo: 'الدول الغربية', explanation: 'لا دليل مستقل.' });
    const { url } = await (await publish(d, 'Mona', 'editor', { originalUrl: 'https://news.example/putin-pyongyang' })).json();
    const p = await page(d, url);
    const [review, ...more] = jsonLd(p.html);
    expect(more).toEqual([]);
    const text = visibleText(p.html);
    expect(review).toMatchObject({ '@context': 'https://schema.org', '@type': 'ClaimReview', url, inLanguage: 'ar' });
    // Required.
    expect(text).toContain(review!.claimReviewed);
    expect(review!.reviewRating.alternateName.length).toBeGreaterThan(0);
    expect(text).toContain(review!.reviewRating.alternateName);
    // Recommended.
    expect(review!.author).toEqual({ '@type': 'Organization', name: 'Isnad fact-check desk', url: 'http://localhost:3000' });
    expect(review!.datePublished).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const { ratingValue, worstRating, bestRating } = review!.reviewRating;
    expect(worstRating).toBeGreaterThanOrEqual(1);
    expect(bestRating).toBeGreaterThan(worstRating);
    expect(ratingValue).toBeGreaterThanOrEqual(worstRating);
    expect(ratingValue).toBeLessThanOrEqual(bestRating);
    expect(review!.itemReviewed).toMatchObject({
      '@type': 'Claim',
      author: { '@type': 'Organization', name: 'الدول الغربية' },
      datePublished: '2024-07-04',
      appearance: { '@type': 'CreativeWork', url: 'https://news.example/putin-pyongyang' },
    });
  });

  it('freezes the version: later edits stay off the page until an editor republishes, which then lists the correction', async () => {
    const d = await desk();
    const id = await approved(d, MUNITIONS, { status: 'disputed', summary: 'الذخائر', explanation: 'الشرح الأول' });
    const { url } = await (await publish(d)).json();
    // Changed after approval: the verdict (back to review) and the summary (no reset).
    await update(d.reviewer, id, { status: 'verified', explanation: 'الشرح المصحح', summary: 'ملخص بعد الاعتماد' });
    let p = await page(d, url);
    expect(p.html).toContain('الشرح الأول');
    expect(p.html).not.toContain('الشرح المصحح');
    // Meanwhile the live version and its export stay as published.
    expect((await d.server.fetch(FACTCHECK_API, { as: 'Vera', role: 'viewer' })).status).toBe(200);
    await update(d.editor, id, { review: 'approved' });
    const again = await publish(d);
    expect(again.status).toBe(201);
    expect((await again.json()).version).toBe(2);
    p = await page(d, url);
    const text = visibleText(p.html);
    expect(text).toContain('الشرح المصحح');
    expect(text).toContain('ملخص بعد الاعتماد');
    expect(text).toMatch(/حُدّث في .+: «ملخص بعد الاعتماد»: تغيّر الحكم من «.+» إلى «.+»\./u);
    // Nothing changed since: the same version answers, with no empty correction.
    const same = await publish(d);
    expect(same.status).toBe(200);
    expect((await same.json()).version).toBe(2);
    const list = await (await d.server.fetch(`/api/articles/${SEED_ARTICLE_ID}/publications`, { as: 'Vera', role: 'viewer' })).json();
    expect(list).toMatchObject({ url, live: true });
    expect(list.versions.map((v: { version: number; corrections: number }) => [v.version, v.corrections])).toEqual([
      [2, 1],
      [1, 0],
    ]);
  });

  it('never publishes words changed after approval: a summary edited since is rolled back to the approved one', async () => {
    const d = await desk();
    const id = await approved(d, MUNITIONS, { status: 'disputed', summary: 'الملخص المعتمد', attributedTo: 'المصدر المعتمد' });
    await update(d.reviewer, id, { summary: 'ملخص لم يعتمده أحد', attributedTo: 'مصدر لم يعتمده أحد' });
    const ev = await d.reviewer.timeout(5000).emitWithAck('evidence:add', { claimId: id, url: 'https://unapproved.example/' });
    expect(ev.ok).toBe(true);
    const { url } = await (await publish(d)).json();
    const p = await page(d, url);
    const api = await (await d.server.fetch(FACTCHECK_API, { as: 'Vera', role: 'viewer' })).text();
    for (const out of [p.html, api]) {
      expect(out).toContain('الملخص المعتمد');
      expect(out).not.toMatch(/لم يعتمده أحد|unapproved\.example/);
    }
  });

  it('unpublishes: the URL answers 410 with a short notice and nothing of the report, the export too; publishing again restores it', async () => {
    const d = await desk();
    await approved(d, MUNITIONS, { status: 'disputed', summary: 'الذخائر', explanation: 'الشرح' });
    const { url } = await (await publish(d)).json();
    expect((await d.server.fetch(PUBLISH, { method: 'DELETE', as: 'Layla', role: 'reviewer' })).status).toBe(403);
    expect((await page(d, url)).status).toBe(200);
    const off = await d.server.fetch(PUBLISH, { method: 'DELETE', as: 'Mona', role: 'editor' });
    expect(off.status).toBe(200);
    expect(await off.json()).toMatchObject({ url, version: 1 });
    const gone = await page(d, url);
    expect(gone.status).toBe(410);
    expect(gone.html).toContain('سُحب هذا التدقيق');
    expect(gone.html).not.toMatch(/الذخائر|الشرح|application\/ld\+json/);
    expect((await d.server.fetch(FACTCHECK_API, { as: 'Vera', role: 'viewer' })).status).toBe(410);
    const list = await (await d.server.fetch(`/api/articles/${SEED_ARTICLE_ID}/publications`, { as: 'Vera', role: 'viewer' })).json();
    expect(list.live).toBe(false);
    const back = await publish(d);
    expect(back.status).toBe(201);
    expect((await back.json()).version).toBe(2);
    expect((await page(d, url)).status).toBe(200);
  });

  it('refuses what it cannot do and changes nothing: other roles, nothing approved, unknown articles and addresses, bad links', async () => {
    const d = await desk();
    expect((await publish(d)).status).toBe(422);
    const id = await claimOn(d.server, d.reviewer, MUNITIONS);
    await update(d.reviewer, id, { review: 'ready' });
    expect((await (await publish(d)).json()).error.code).toBe('nothing_to_publish');
    await update(d.editor, id, { review: 'approved' });
    for (const role of ['viewer', 'reviewer'] as const) expect((await publish(d, `someone ${role}`, role)).status).toBe(403);
    expect((await publish(d, 'Mona', 'editor', { originalUrl: 'javascript:alert(1)' })).status).toBe(400);
    expect((await d.server.fetch('/api/articles/nope/publish', { method: 'POST', as: 'Mona', role: 'editor' })).status).toBe(404);
    expect(await d.server.store.publications(SEED_ARTICLE_ID)).toEqual([]);
    expect((await d.server.fetch(FACTCHECK_API, { as: 'Mona' })).status).toBe(404);
    expect((await fetch(`${d.server.url}/p/nothing-here-123`)).status).toBe(404);
    expect((await fetch(`${d.server.url}/p/${encodeURIComponent('<script>')}`)).status).toBe(404);
  });
});

describe('durability', () => {
  it('every version and the unpublished state survive a restart, from the journal and from the snapshot', async () => {
    // Stopped by the test itself, half way.
    const d = await desk(await startTestServer(join(scope.dir(), 'db.json')));
    const id = await approved(d, MUNITIONS, { status: 'disputed', summary: 'الذخائر', explanation: 'الشرح الأول' });
    const { url } = await (await publish(d)).json();
    await update(d.reviewer, id, { explanation: 'الشرح الثاني' });
    await update(d.editor, id, { review: 'approved' });
    expect((await publish(d)).status).toBe(201);
    expect((await d.server.fetch(PUBLISH, { method: 'DELETE', as: 'Mona', role: 'editor' })).status).toBe(200);
    const before = (await d.server.dump()).publications;
    expect(Object.keys(before)).toHaveLength(2);
    // Acked only once durable: what the files (or the database) hold already has both versions.
    expect((await d.server.durableDump()).publications).toEqual(before);
    await d.server.stop();

    const again = await startTestServer(d.server.file);
    scope.defer(() => again.stop());
    expect((await again.dump()).publications).toEqual(before);
    expect((await fetch(again.url + new URL(url).pathname)).status).toBe(410);
    const back = await again.fetch(PUBLISH, { method: 'POST', as: 'Mona', role: 'editor', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(await back.json()).toMatchObject({ url, version: 3 });
    const html = await (await fetch(again.url + new URL(url).pathname)).text();
    expect(html).toContain('الشرح الثاني');
    expect(html).toMatch(/حُدّث في/);
  });
});

describe('the Fact Check Tools API payload', () => {
  it('is a pages.create request body (ClaimReviewMarkupPage) for the published version', async () => {
    const d = await desk();
    await approved(d, MUNITIONS, { status: 'disputed', summary: 'الذخائر', attributedTo: 'الدول الغربية', explanation: 'الشرح' });
    const { url } = await (await publish(d, 'Mona', 'editor', { originalUrl: 'https://news.example/a' })).json();
    const res = await d.server.fetch(FACTCHECK_API, { as: 'Vera', role: 'viewer' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="isnad-.+-v1\.factcheck-api\.json"$/);
    const body = (await res.json()) as ClaimReviewMarkupPage;
    expect(Object.keys(body).sort()).toEqual(['claimReviewAuthor', 'claimReviewMarkups', 'pageUrl', 'publishDate']);
    expect(body.pageUrl).toBe(url);
    expect(body.publishDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(body.claimReviewAuthor).toEqual({ name: 'Isnad fact-check desk' });
    expect(body.claimReviewMarkups).toHaveLength(1);
    const [m] = body.claimReviewMarkups;
    expect(m).toMatchObject({ url, claimReviewed: 'الذخائر', claimDate: '2024-07-04', claimAppearances: ['https://news.example/a'], claimAuthor: { name: 'الدول الغربية' } });
    expect(m!.rating.textualRating.length).toBeGreaterThan(0);
    expect(m!.rating).toMatchObject({ ratingExplanation: 'الشرح' });
    expect(m!.rating.worstRating).toBeGreaterThanOrEqual(1);
  });
});

describe('live publication state', () => {
  it('everyone with the article open hears a publication and an unpublication, numbered, and one who was away hears it in the catch-up', async () => {
    const d = await desk();
    await approved(d, MUNITIONS, { status: 'disputed', summary: 'الذخائر', explanation: 'الشرح' });
    const watcher = await d.server.connect('Vera', 'viewer');
    const joined = await watcher.timeout(5000).emitWithAck('article:join', { articleId: SEED_ARTICLE_ID });
    if (!joined.ok) throw new Error(joined.error.message);
    const heard: { seq: number; version: number; url: string; live: boolean }[] = [];
    watcher.on('article:published', (e) => heard.push(e));

    const { url } = (await (await publish(d)).json()) as { url: string };
    await expect.poll(() => heard).toEqual([{ articleId: SEED_ARTICLE_ID, seq: joined.seq + 1, version: 1, url, live: true, history: null }]);
    // Publishing what is already live changes nothing, so nobody is told anything.
    expect((await publish(d)).status).toBe(200);
    expect((await d.server.fetch(PUBLISH, { method: 'DELETE', as: 'Mona', role: 'editor' })).status).toBe(200);
    await expect.poll(() => heard.map((e) => [e.seq, e.version, e.live])).toEqual([
      [joined.seq + 1, 1, true],
      [joined.seq + 2, 1, false],
    ]);

    // Away since before the publication: the catch-up brings both, in order.
    const late = await d.server.connect('Sami', 'reviewer');
    const caught = await late.timeout(5000).emitWithAck('article:join', { articleId: SEED_ARTICLE_ID, sinceSeq: joined.seq });
    if (!caught.ok || caught.snapshot) throw new Error('expected a catch-up');
    const missed: MissedEvent[] = caught.missed;
    expect(missed.map((m) => [m.event, m.seq])).toEqual([
      ['article:published', joined.seq + 1],
      ['article:published', joined.seq + 2],
    ]);
    expect(missed[1]!.payload).toMatchObject({ live: false, url });
  });
});
