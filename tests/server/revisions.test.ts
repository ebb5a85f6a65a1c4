import { describe, expect, it } from 'vitest';
import { bodyText } from '../../shared/domain/article.ts';
import type { Claim } from '../../shared/domain/schemas.ts';
import { SEED_ARTICLE_ID } from '../../server/seed/seed-article.ts';
import { nextEvent, type TestClient, type TestServer } from '../helpers/test-server.ts';
import { testScope } from '../helpers/test-scope.ts';

const scope = testScope();
const serverWith = () => scope.server();
const seedParagraphs = async (server: TestServer) => (await server.dump()).articles[SEED_ARTICLE_ID]!.body;

async function claimOn(socket: TestClient, server: TestServer, phrase: string): Promise<Claim> {
  const text = bodyText(await seedParagraphs(server));
  const start = text.indexOf(phrase);
  const ack = await socket.emitWithAck('claim:create', { articleId: SEED_ARTICLE_ID, target: { start, end: start + phrase.length } });
  if (!ack.ok) throw new Error(ack.error.code);
  return ack.claim;
}

describe('article revisions', () => {
  it('re-anchors every claim: unchanged, moved with its words, or orphaned; broadcast to everyone with a summary', async () => {
    const server = await serverWith();
    const editor = await server.connect('Mona', 'editor');
    const reviewer = await server.connect('Omar', 'reviewer');
    await editor.emitWithAck('article:join', { articleId: SEED_ARTICLE_ID });
    await reviewer.emitWithAck('article:join', { articleId: SEED_ARTICLE_ID });
    const early = await claimOn(editor, server, 'تبادل الرئيس الروسي فلاديمير بوتين');
    const munitions = await claimOn(editor, server, 'زودت روسيا بكميات كبيرة من الذخائر');
    const visit = await claimOn(editor, server, 'الأولى منذ 24 عاما');

    const paragraphs = [...(await seedParagraphs(server))];
    // A correction: a new paragraph before the munitions one, and the "24 years" sentence removed.
    const withoutVisit = paragraphs.map((p) => p.replace('وتعد هذه الزيارة هي الأولى منذ 24 عاما، ', ''));
    withoutVisit.splice(7, 0, 'تصحيح: أضيفت هذه الفقرة بعد النشر لتوضيح مصدر المعلومات.');
    const heard = nextEvent(reviewer, 'article:revised');
    const ack = await editor.emitWithAck('article:revise', { articleId: SEED_ARTICLE_ID, body: withoutVisit.join('\n\n'), baseRevision: 1 });
    expect(ack.ok).toBe(true);
    if (!ack.ok) return;
    expect(ack.article.revision).toBe(2);
    expect(ack.result).toEqual({ unchanged: [early.id], moved: [munitions.id], orphaned: [visit.id] });

    const event = await heard;
    expect(event).toMatchObject({ articleId: SEED_ARTICLE_ID, by: 'Mona', result: ack.result, article: { revision: 2 } });
    const moved = event.claims.find((c) => c.id === munitions.id)!;
    expect(bodyText(withoutVisit).slice(moved.target.position.start, moved.target.position.end)).toBe('زودت روسيا بكميات كبيرة من الذخائر');
    expect(moved.orphaned).toBe(false);
    expect(event.claims.find((c) => c.id === visit.id)).toMatchObject({ orphaned: true, target: { quote: { exact: 'الأولى منذ 24 عاما' } } });

    const rest = await (await server.fetch(`/api/articles/${SEED_ARTICLE_ID}`, { as: 'Omar' })).json();
    expect(rest.claims.map((c: Claim) => [c.id, c.orphaned])).toContainEqual([visit.id, true]);
    const history = await (await server.fetch(`/api/claims/${visit.id}/history`, { as: 'Omar' })).json();
    expect(history.history.at(-1)).toMatchObject({ action: 'orphaned', by: 'Mona' });

    // Newest first, a page at a time; each with its own text.
    const revisions = await (await server.fetch(`/api/articles/${SEED_ARTICLE_ID}/revisions`, { as: 'Omar' })).json();
    expect(revisions.revisions.map((r: { revision: number; by: string }) => [r.revision, r.by])).toEqual([
      [2, 'Mona'],
      [1, 'original'],
    ]);
    expect(revisions.revisions[1].body).toEqual(paragraphs);
    expect(revisions.revisions[0].body).toEqual(withoutVisit);
    expect(revisions.next).toBeNull();
    const first = await (await server.fetch(`/api/articles/${SEED_ARTICLE_ID}/revisions?limit=1`, { as: 'Omar' })).json();
    expect(first.revisions.map((r: { revision: number }) => r.revision)).toEqual([2]);
    const older = await (await server.fetch(`/api/articles/${SEED_ARTICLE_ID}/revisions?limit=1&before=${first.next}`, { as: 'Omar' })).json();
    expect(older).toMatchObject({ revisions: [{ revision: 1, body: paragraphs }], next: null });
  });

  it('refuses a stale base revision with the current article, and a reviewer altogether', async () => {
    const server = await serverWith();
    const editor = await server.connect('Mona', 'editor');
    const reviewer = await server.connect('Omar', 'reviewer');
    const body = (await seedParagraphs(server)).join('\n\n');
    expect((await editor.emitWithAck('article:revise', { articleId: SEED_ARTICLE_ID, body: body + '\n\nفقرة.', baseRevision: 1 })).ok).toBe(true);
    const stale = await editor.emitWithAck('article:revise', { articleId: SEED_ARTICLE_ID, body, baseRevision: 1 });
    expect(stale).toMatchObject({ ok: false, error: { code: 'conflict' }, article: { revision: 2 } });
    expect(await reviewer.emitWithAck('article:revise', { articleId: SEED_ARTICLE_ID, body, baseRevision: 2 })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect((await server.dump()).articles[SEED_ARTICLE_ID]!.revision).toBe(2);
  });

  it('an orphan is re-attached by selecting its new words', async () => {
    const server = await serverWith();
    const editor = await server.connect('Mona', 'editor');
    const claim = await claimOn(editor, server, 'نموذجا للتعامل الحضاري');
    const rewritten = (await seedParagraphs(server)).map((p) => p.replace('نموذجا للتعامل الحضاري', 'مثالا على اللباقة الدبلوماسية'));
    const ack = await editor.emitWithAck('article:revise', { articleId: SEED_ARTICLE_ID, body: rewritten.join('\n\n'), baseRevision: 1 });
    expect(ack.ok && ack.result.orphaned).toEqual([claim.id]);
    const text = bodyText(rewritten);
    const start = text.indexOf('مثالا على اللباقة الدبلوماسية');
    const re = await editor.emitWithAck('claim:reattach', { id: claim.id, target: { start, end: start + 'مثالا على اللباقة الدبلوماسية'.length } });
    expect(re).toMatchObject({ ok: true, claim: { orphaned: false, target: { quote: { exact: 'مثالا على اللباقة الدبلوماسية' }, position: { start } } } });
  });
});

describe('importing articles', () => {
  it('POST /api/articles creates an article, detecting language and direction; only editors may', async () => {
    const server = await serverWith();
    const watcher = await server.connect('Vera', 'viewer');
    const announced = nextEvent(watcher, 'article:created');
    const post = (as: string, role: 'editor' | 'reviewer', body: unknown) =>
      server.fetch('/api/articles', { as, role, method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    const res = await post('Mona', 'editor', {
      title: 'Pentagon: North Korean missiles used in Ukraine',
      body: 'First paragraph.\r\n\r\nSecond paragraph, with a line\nbreak.\n\n\n\nThird.',
      byline: 'Wire staff',
    });
    expect(res.status).toBe(201);
    const { article } = await res.json();
    expect(article).toMatchObject({ lang: 'en', dir: 'ltr', revision: 1, byline: 'Wire staff', body: ['First paragraph.', 'Second paragraph, with a line\nbreak.', 'Third.'] });
    expect((await announced).article).toEqual(article); // every signed-in connection hears of it
    const arabic = await (await post('Mona', 'editor', { title: 'عنوان', body: 'الفقرة الأولى.\n\nالفقرة الثانية.' })).json();
    expect(arabic.article).toMatchObject({ lang: 'ar', dir: 'rtl' });
    const overridden = await (await post('Mona', 'editor', { title: 'x', body: 'Texte français.', lang: 'fr', dir: 'ltr' })).json();
    expect(overridden.article.lang).toBe('fr');

    expect((await post('Omar', 'reviewer', { title: 't', body: 'b' })).status).toBe(403);
    expect((await post('Mona', 'editor', { title: '', body: 'b' })).status).toBe(400);
    expect((await post('Mona', 'editor', { title: 't', body: '  \n\n ' })).status).toBe(400);
    const list = await (await server.fetch('/api/articles', { as: 'Mona' })).json();
    expect(list.articles).toHaveLength(4);
  });

  it('an HTML file is reduced to text paragraphs; scripts, styles and page chrome never come through', async () => {
    const server = await serverWith();
    const html = `<!doctype html><html><head><title>Site | Story</title><meta name="author" content="أحمد سعد قاسم"><style>p{color:red}</style>
      <script>alert('x')</script></head><body><nav>Home · World</nav><article><h1>قبل توقيع وثائق مهمة</h1>
      <p>تبادل الرئيس <b>الروسي</b> &amp; الزعيم الكوري.</p><p>Second <a href="javascript:alert(1)">para</a><img src=x onerror=alert(1)></p>
      <script>document.write('evil')</script></article><footer>© 2024</footer></body></html>`;
    const res = await server.fetch('/api/articles/extract', {
      as: 'Mona',
      role: 'editor',
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ format: 'html', content: html }),
    });
    const extracted = await res.json();
    expect(extracted).toEqual({
      title: 'قبل توقيع وثائق مهمة',
      byline: 'أحمد سعد قاسم',
      body: ['تبادل الرئيس الروسي & الزعيم الكوري.', 'Second para'],
      lang: 'ar',
      dir: 'rtl',
    });
    const md = await (
      await server.fetch('/api/articles/extract', {
        as: 'Mona',
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ format: 'md', content: '# The headline\n\nA **bold** claim with a [link](https://x.org).\n\n- a list item\n\n<script>alert(1)</script>' }),
      })
    ).json();
    expect(md).toMatchObject({ title: 'The headline', body: ['A bold claim with a link.', 'a list item'], dir: 'ltr' });
  });

  it('refuses files nested deeper than any article (which froze or crashed the parser), and keeps serving', async () => {
    const server = await serverWith();
    const extract = (format: string, content: string) =>
      server.fetch('/api/articles/extract', { as: 'Mona', role: 'editor', method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ format, content }) });
    for (const [format, content] of [
      ['html', '<i>'.repeat(300_000) + 'x'],
      ['md', '>'.repeat(390_000) + ' x'],
      ['md', '> '.repeat(300) + 'x'],
    ] as const) {
      const res = await extract(format, content);
      expect(res.status, `${format} ${content.slice(0, 10)}`).toBe(400);
      expect(await res.json()).toMatchObject({ error: { code: 'invalid_payload', field: 'content' } });
    }
    // Nesting as real pages have it is read as before.
    const nested = await extract('html', `${'<div>'.repeat(60)}<p>عمق معقول</p>${'</div>'.repeat(60)}`);
    expect((await nested.json()).body).toEqual(['عمق معقول']);
    const quoted = await extract('md', '> > > quoted three deep');
    expect((await quoted.json()).body).toEqual(['quoted three deep']);
    expect((await fetch(`${server.url}/api/health`)).status).toBe(200);
  });
});

describe('search', () => {
  it('finds Arabic words whatever their diacritics and hamza forms, in code points of the original', async () => {
    const server = await serverWith();
    const search = async (q: string) =>
      (await (await server.fetch(`/api/articles/${SEED_ARTICLE_ID}/search?q=${encodeURIComponent(q)}`, { as: 'Vera', role: 'viewer' })).json()).matches;
    const text = bodyText(await seedParagraphs(server));
    const years = await search('عاما');
    expect(years.map((m: { text: string }) => m.text)).toEqual(['عاما', 'عامًا']);
    for (const m of years) expect(text.slice(m.start, m.end)).toBe(m.text);
    const priority = await search('الاولويه');
    expect(priority).toEqual([{ start: text.indexOf('الأولوية'), end: text.indexOf('الأولوية') + 'الأولوية'.length, text: 'الأولوية' }]);
    expect(await search('٢٠٢٣')).toHaveLength(1);
    expect(await search('   ')).toEqual([]);
  });
});
