import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Claim } from '../../shared/domain/schemas.ts';
import { parseImportDocument, type ImportCandidate } from '../../shared/exports/import-document.ts';
import { jsonExport } from '../../shared/exports/json.ts';
import { articleUrl } from '../../shared/exports/urls.ts';
import { webAnnotations } from '../../shared/exports/w3c.ts';
import { claimsInReadingOrder } from '../../shared/ops/apply.ts';
import { derivedClaimId, importClaims } from '../../server/commands/import-claims.ts';
import { SEED_ARTICLE_ID, seedWorkspace } from '../../server/seed/seed-article.ts';
import type { LegacyDb } from '../../server/store/snapshot/legacy-db.ts';
import { JsonWorkspaceStore } from '../../server/store/json-store.ts';
import { tempDir } from '../helpers/test-server.ts';
import { buildFixture, EN_ARTICLE_ID, EXPORTED_AT, PEOPLE, SETTINGS } from './fixture.ts';

const cleanups: Array<() => unknown> = [];
afterEach(async () => {
  for (const f of cleanups.splice(0).reverse()) await f();
});

const fixture = buildFixture();
const importer = { id: 'u-importer', name: 'Importer' };
const NOW = '2024-07-09T10:00:00.000Z';

/** A store on a temp file holding `db` (by default: the fixture's articles, no claims). */
async function storeWith(db: LegacyDb = { ...fixture, claims: {}, history: {}, comments: {}, changeLog: {} }): Promise<JsonWorkspaceStore> {
  const t = tempDir();
  const file = join(t.dir, 'db.json');
  writeFileSync(file, JSON.stringify(db));
  const store = await JsonWorkspaceStore.open(file, seedWorkspace);
  cleanups.push(t.cleanup, () => store.close());
  return store;
}

function candidatesOf(doc: unknown, articleId = SEED_ARTICLE_ID): ImportCandidate[] {
  const parsed = parseImportDocument(JSON.parse(JSON.stringify(doc)), { id: articleId, url: articleUrl(SETTINGS.reportBaseUrl, articleId) });
  if (!parsed.ok) throw new Error(`not importable: ${parsed.field}`);
  return parsed.candidates;
}

/** What must survive the round trip. */
const essence = (c: Claim, withSource = true) => ({
  quote: c.target.quote.exact,
  position: c.orphaned ? null : c.target.position,
  status: c.status,
  summary: c.summary,
  note: c.note,
  explanation: c.explanation,
  orphaned: c.orphaned,
  ...(withSource ? { attributedTo: c.attributedTo, evidence: c.evidence.map((e) => [e.url, e.title, e.note, e.addedBy]) } : {}),
});
const seedClaims = (db: { claims: Record<string, Claim> }) => claimsInReadingOrder(Object.values(db.claims), SEED_ARTICLE_ID);

describe('importing an export', () => {
  it('json: restores the same claims (quotes, positions, statuses, summary, source, note, explanation, evidence), keeping their ids', async () => {
    const store = await storeWith();
    const result = await importClaims(store, SEED_ARTICLE_ID, candidatesOf(jsonExport(fixture, { articleId: SEED_ARTICLE_ID, exportedAt: EXPORTED_AT })), importer, { now: NOW });
    expect(result).toMatchObject({ ok: true, skipped: [], orphaned: ['c-first-visit'] });
    expect(seedClaims(store.dump()).map((c) => essence(c))).toEqual(seedClaims(fixture).map((c) => essence(c)));
    expect(seedClaims(store.dump()).map((c) => c.id)).toEqual(seedClaims(fixture).map((c) => c.id));
  });

  it('w3c: restores the same quotes, positions, statuses, summaries, notes and explanations', async () => {
    const store = await storeWith();
    const result = await importClaims(store, SEED_ARTICLE_ID, candidatesOf(webAnnotations(fixture, { articleId: SEED_ARTICLE_ID, exportedAt: EXPORTED_AT })), importer, { now: NOW });
    expect(result).toMatchObject({ ok: true, skipped: [], orphaned: ['c-first-visit'] });
    expect(seedClaims(store.dump()).map((c) => essence(c, false))).toEqual(seedClaims(fixture).map((c) => essence(c, false)));
    expect(store.dump().claims['c-pentagon']!.evidence.map((e) => e.url)).toEqual(fixture.claims['c-pentagon']!.evidence.map((e) => e.url));
  });

  it.each(['json', 'w3c'] as const)('%s: importing the same file twice duplicates nothing', async (format) => {
    const store = await storeWith();
    const doc = format === 'json' ? jsonExport(fixture, { exportedAt: EXPORTED_AT }) : webAnnotations(fixture, { exportedAt: EXPORTED_AT });
    const first = await importClaims(store, SEED_ARTICLE_ID, candidatesOf(doc), importer, { now: NOW });
    expect(first.ok && first.imported).toHaveLength(7);
    const writes = store.stats().groupCommits;
    const second = await importClaims(store, SEED_ARTICLE_ID, candidatesOf(doc), importer, { now: NOW });
    expect(second).toMatchObject({ ok: true, imported: [], orphaned: [], broadcasts: [] });
    expect(second.ok && second.skipped).toHaveLength(7);
    expect(seedClaims(store.dump())).toHaveLength(7);
    expect(store.stats().groupCommits).toBe(writes); // nothing changed, nothing written
  });

  it('skips claims already in the workspace they were exported from', async () => {
    const store = await storeWith(fixture);
    const result = await importClaims(store, SEED_ARTICLE_ID, candidatesOf(jsonExport(fixture, { articleId: SEED_ARTICLE_ID, exportedAt: EXPORTED_AT })), importer);
    expect(result).toMatchObject({ ok: true, imported: [] });
    expect(result.ok && result.skipped).toHaveLength(7);
  });

  it('onto another article: derived ids (the originals are taken), orphaned where the words are not found, and still once only', async () => {
    const store = await storeWith(fixture);
    const doc = jsonExport(fixture, { articleId: SEED_ARTICLE_ID, exportedAt: EXPORTED_AT });
    const result = await importClaims(store, EN_ARTICLE_ID, candidatesOf(doc, EN_ARTICLE_ID), importer, { now: NOW });
    if (!result.ok) throw new Error('import failed');
    expect(result.imported).toEqual(doc.claims.map((c) => derivedClaimId(EN_ARTICLE_ID, c.id)));
    expect(result.orphaned).toEqual(result.imported); // Arabic quotes are not in the English article
    for (const id of result.imported) expect(store.dump().claims[id]).toMatchObject({ articleId: EN_ARTICLE_ID, orphaned: true });
    const again = await importClaims(store, EN_ARTICLE_ID, candidatesOf(doc, EN_ARTICLE_ID), importer, { now: NOW });
    expect(again.ok && again.skipped).toHaveLength(7);
  });

  it('records each new claim as created by the importer, as a numbered change with its broadcast', async () => {
    const store = await storeWith();
    const result = await importClaims(store, SEED_ARTICLE_ID, candidatesOf(jsonExport(fixture, { articleId: SEED_ARTICLE_ID, exportedAt: EXPORTED_AT })), importer, { now: NOW });
    if (!result.ok) throw new Error('import failed');
    const pentagon = store.dump().claims['c-pentagon']!;
    expect(pentagon).toMatchObject({ createdBy: 'Importer', createdById: 'u-importer', createdAt: NOW, version: 1, assigneeId: null, deleted: null });
    expect(pentagon.evidence[0]).toMatchObject({ id: 'ev-briefing', addedBy: PEOPLE.mona.name, addedById: null, addedAt: '2024-07-05T11:00:00.000Z' });
    const history = store.dump().history['c-pentagon']!;
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({ action: 'created', by: 'Importer', byId: 'u-importer', at: NOW });
    expect(history[0]!.changes).toContainEqual({ field: 'importedFrom', from: null, to: 'c-pentagon' });
    expect(history[0]!.changes).toContainEqual({ field: 'status', from: null, to: 'verified' });
    expect(store.dump().seqs[SEED_ARTICLE_ID]).toBe(7);
    expect(result.broadcasts.map((b) => [b.event, (b.payload as { seq: number }).seq, (b.payload as { claim: Claim }).claim.id])).toEqual(
      result.imported.map((id, i) => ['claim:created', i + 1, id]),
    );
  });

  it('never keeps an id that would reach a prototype', async () => {
    const store = await storeWith();
    const [first] = candidatesOf(jsonExport(fixture, { articleId: SEED_ARTICLE_ID, exportedAt: EXPORTED_AT }));
    const result = await importClaims(store, SEED_ARTICLE_ID, [{ ...first!, key: 'constructor', claimId: 'constructor' }], importer, { now: NOW });
    expect(result).toMatchObject({ ok: true, imported: [derivedClaimId(SEED_ARTICLE_ID, 'constructor')] });
    expect(Object.hasOwn(store.dump().claims, 'constructor')).toBe(false);
  });

  it('refuses documents it cannot read, saying where', () => {
    const url = articleUrl(SETTINGS.reportBaseUrl, SEED_ARTICLE_ID);
    const json = jsonExport(fixture, { exportedAt: EXPORTED_AT });
    expect(parseImportDocument({ ...json, version: 2 }, { id: SEED_ARTICLE_ID, url })).toEqual({ ok: false, field: 'version' });
    expect(parseImportDocument({ ...json, claims: [{ ...json.claims[0], status: 'true' }] }, { id: SEED_ARTICLE_ID, url })).toEqual({ ok: false, field: 'claims.0.status' });
    // A workspace export has two articles: neither is the one asked for.
    expect(parseImportDocument(json, { id: 'elsewhere', url: 'x' })).toEqual({ ok: false, field: 'articles' });
    expect(parseImportDocument({ type: 'AnnotationCollection', first: 'https://x.example/page1' }, { id: SEED_ARTICLE_ID, url })).toMatchObject({ ok: false });
    const w3c = webAnnotations(fixture, { exportedAt: EXPORTED_AT });
    expect(parseImportDocument(w3c, { id: 'elsewhere', url: 'https://x.example/other' })).toEqual({ ok: false, field: 'target.source' });
    expect(parseImportDocument(42, { id: SEED_ARTICLE_ID, url })).toEqual({ ok: false });
  });

  it('reads a single annotation from another tool: the quote and, when given, the status tag', () => {
    const url = articleUrl(SETTINGS.reportBaseUrl, SEED_ARTICLE_ID);
    const parsed = parseImportDocument(
      {
        '@context': 'http://www.w3.org/ns/anno.jsonld',
        id: 'https://hypothes.is/a/abc123',
        type: 'Annotation',
        body: { type: 'TextualBody', value: 'Needs a source', purpose: 'commenting' },
        target: { source: 'https://example.com/story', selector: { type: 'TextQuoteSelector', exact: 'مطار بيونج يانج' } },
      },
      { id: SEED_ARTICLE_ID, url },
    );
    expect(parsed).toEqual({
      ok: true,
      format: 'w3c',
      candidates: [
        {
          key: 'https://hypothes.is/a/abc123',
          target: { quote: { exact: 'مطار بيونج يانج', prefix: '', suffix: '' } },
          status: 'unreviewed',
          summary: '',
          attributedTo: '',
          note: 'Needs a source',
          explanation: '',
          evidence: [],
        },
      ],
    });
  });
});
