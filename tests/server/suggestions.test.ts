import { beforeEach, describe, expect, it } from 'vitest';
import { SEED_ARTICLE_ID } from '../../server/seed/seed-article.ts';
import type { Suggestion } from '../../shared/suggest/types.ts';
import type { Role } from '../../shared/domain/roles.ts';
import { nextEvent, startTestServer, type TestServer } from '../helpers/test-server.ts';
import { testScope } from '../helpers/test-scope.ts';

const scope = testScope();
let server: TestServer;
beforeEach(async () => {
  server = await scope.server();
});

const WESTERN_STATES = 'الدول الغربية';
const path = (id = SEED_ARTICLE_ID) => `/api/articles/${id}/suggestions`;

async function suggestionsAs(name: string | null, role: Role = 'viewer', id = SEED_ARTICLE_ID) {
  const res = await server.fetch(path(id), name === null ? {} : { as: name, role });
  return { status: res.status, body: await res.json() };
}

async function seedSuggestions(): Promise<Suggestion[]> {
  const { status, body } = await suggestionsAs('Viewer Vera');
  expect(status).toBe(200);
  return body.suggestions;
}

const munitions = (list: Suggestion[]) => list.find((s) => s.source === WESTERN_STATES);

describe('GET /api/articles/:id/suggestions', () => {
  it('proposes the seed article’s attributed claims with their sources, in reading order, as code points over the body', async () => {
    const list = await seedSuggestions();
    const claim = munitions(list);
    expect(claim).toMatchObject({ kind: 'attributed', cue: 'وتزعم' });
    expect(claim!.quote).toContain('زودت روسيا بكميات كبيرة من الذخائر');
    const sources = list.filter((s) => s.kind === 'attributed').map((s) => s.source);
    expect(new Set(sources)).toEqual(new Set(['الكرملين', WESTERN_STATES, 'البنتاجون', 'واشنطن وسيول', 'كيم', 'يوري أوشاكوف، المستشار الدبلوماسي لبوتين']));
    for (let i = 1; i < list.length; i++) expect(list[i]!.start).toBeGreaterThanOrEqual(list[i - 1]!.end);

    // The quote is the body's text at those code points: what a claim on that span would hold.
    const { body } = await (await server.fetch(`/api/articles/${SEED_ARTICLE_ID}`, { as: 'Viewer Vera', role: 'viewer' })).json().then((r) => ({ body: r.article.body as string[] }));
    const points = [...body.join('\n\n')];
    for (const s of list) expect(points.slice(s.start, s.end).join('')).toBe(s.quote);
  });

  it('needs a session; every role that reads the article sees them; an unknown article is 404', async () => {
    expect(await suggestionsAs(null)).toMatchObject({ status: 401, body: { ok: false, error: { code: 'unauthenticated' } } });
    for (const role of ['viewer', 'reviewer', 'editor', 'admin'] as const) {
      expect((await suggestionsAs(`Some ${role}`, role)).status).toBe(200);
    }
    expect(await suggestionsAs('Viewer Vera', 'viewer', 'no-such-article')).toMatchObject({ status: 404, body: { ok: false, error: { code: 'not_found' } } });
  });

  it('a claim on a suggestion’s exact words removes it; deleting the claim brings it back; a claim on other words does not', async () => {
    const before = await seedSuggestions();
    const target = munitions(before)!;
    const layla = await server.connect('Layla', 'reviewer');
    await layla.emitWithAck('article:join', { articleId: SEED_ARTICLE_ID });

    const nearby = await layla.emitWithAck('claim:create', { articleId: SEED_ARTICLE_ID, target: { start: target.start, end: target.end - 3 } });
    expect(nearby.ok).toBe(true);
    expect(munitions(await seedSuggestions())).toEqual(target);

    const exact = await layla.emitWithAck('claim:create', { articleId: SEED_ARTICLE_ID, target: { start: target.start, end: target.end }, attributedTo: target.source });
    if (!exact.ok) throw new Error(exact.error.code);
    const after = await seedSuggestions();
    expect(munitions(after)).toBeUndefined();
    expect(after).toHaveLength(before.length - 1);

    expect((await layla.emitWithAck('claim:delete', { id: exact.claim.id })).ok).toBe(true);
    expect(await seedSuggestions()).toEqual(before);
  });

  it('follows the article’s text through a revision', async () => {
    const editor = await server.connect('Mona', 'editor');
    const join = await editor.emitWithAck('article:join', { articleId: SEED_ARTICLE_ID });
    if (!join.ok) throw new Error(join.error.code);
    const before = await seedSuggestions();
    const target = munitions(before)!;
    // Drop the paragraph holding the munitions claim: its suggestion goes, and later ones shift back.
    const paragraphs = join.article.body.filter((p) => !p.includes('زودت روسيا بكميات كبيرة'));
    expect(paragraphs.length).toBe(join.article.body.length - 1);
    const revised = await editor.emitWithAck('article:revise', { articleId: SEED_ARTICLE_ID, body: paragraphs.join('\n\n'), baseRevision: join.article.revision });
    expect(revised.ok).toBe(true);

    const after = await seedSuggestions();
    expect(munitions(after)).toBeUndefined();
    const later = (list: Suggestion[]) => list.find((s) => s.source === 'كيم');
    expect(later(before)!.start).toBeGreaterThan(target.end);
    expect(later(after)).toMatchObject({ quote: later(before)!.quote });
    expect(later(after)!.start).toBeLessThan(later(before)!.start);
  });
});

describe('suggestion:dismiss', () => {
  const dismissal = (s: Suggestion) => ({ articleId: SEED_ARTICLE_ID, start: s.start, end: s.end, quote: s.quote });

  it('hides a suggestion for everyone, live, and for good: after a restart, and after a revision that keeps its words', async () => {
    const target = munitions(await seedSuggestions())!;
    const omar = await server.connect('Omar', 'reviewer');
    const layla = await server.connect('Layla', 'reviewer');
    const join = await layla.emitWithAck('article:join', { articleId: SEED_ARTICLE_ID });
    if (!join.ok) throw new Error(join.error.code);
    await omar.emitWithAck('article:join', { articleId: SEED_ARTICLE_ID });

    const heard = nextEvent(layla, 'suggestion:dismissed');
    const ack = await omar.emitWithAck('suggestion:dismiss', { ...dismissal(target), opId: 'dismiss-west-1' });
    if (!ack.ok) throw new Error(ack.error.code);
    expect(ack.seq).toBe(join.seq + 1);
    expect(await heard).toEqual({ articleId: SEED_ARTICLE_ID, seq: ack.seq, key: ack.key, history: null });
    expect(munitions(await seedSuggestions())).toBeUndefined();
    // Article lists stay small: they carry neither texts nor dismissals.
    const listed = await (await server.fetch('/api/articles', { as: 'Viewer Vera', role: 'viewer' })).json();
    expect(listed.articles[0]).not.toHaveProperty('dismissed');
    // The same op again is applied once; dismissing it again is no change.
    expect(await omar.emitWithAck('suggestion:dismiss', { ...dismissal(target), opId: 'dismiss-west-1' })).toEqual(ack);
    expect(await omar.emitWithAck('suggestion:dismiss', dismissal(target))).toMatchObject({ ok: true, seq: ack.seq, history: null });

    await server.stop();
    server = await startTestServer(server.file);
    scope.defer(() => server.stop());
    expect(munitions(await seedSuggestions())).toBeUndefined();

    // A revision elsewhere in the text moves the words; they stay dismissed.
    const editor = await server.connect('Mona', 'editor');
    const current = await editor.emitWithAck('article:join', { articleId: SEED_ARTICLE_ID });
    if (!current.ok) throw new Error(current.error.code);
    const body = ['فقرة جديدة في البداية.', ...current.article.body].join('\n\n');
    expect((await editor.emitWithAck('article:revise', { articleId: SEED_ARTICLE_ID, body, baseRevision: current.article.revision })).ok).toBe(true);
    const after = await seedSuggestions();
    expect(munitions(after)).toBeUndefined();
    expect(after.some((s) => s.source === 'البنتاجون')).toBe(true);
  });

  it('is for those who may capture claims, and refuses words that are not the text at that place, changing nothing', async () => {
    const target = munitions(await seedSuggestions())!;
    const vera = await server.connect('Viewer Vera', 'viewer');
    expect(await vera.emitWithAck('suggestion:dismiss', dismissal(target))).toMatchObject({ ok: false, error: { code: 'forbidden' } });

    const omar = await server.connect('Omar', 'reviewer');
    const refusals = [
      [{ ...dismissal(target), quote: 'كلمات أخرى' }, 'invalid_payload'],
      [{ ...dismissal(target), start: target.start + 1 }, 'invalid_payload'],
      [{ ...dismissal(target), end: 1_000_000 }, 'range_out_of_bounds'],
      [{ ...dismissal(target), articleId: 'no-such-article' }, 'not_found'],
      [{ ...dismissal(target), quote: '' }, 'invalid_payload'],
    ] as const;
    for (const [payload, code] of refusals) {
      expect(await omar.emitWithAck('suggestion:dismiss', payload)).toMatchObject({ ok: false, error: { code } });
    }
    expect(munitions(await seedSuggestions())).toEqual(target);
    expect((await server.durableDump()).articles[SEED_ARTICLE_ID]!.dismissed).toBeUndefined();
  });
});
