import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { bodyText } from '../../shared/domain/article.ts';
import type { Claim } from '../../shared/domain/schemas.ts';
import { EXPORT_FORMATS, type ExportFormat } from '../../shared/exports/formats.ts';
import { SEED_ARTICLE_ID } from '../../server/seed/seed-article.ts';
import { OffsetIndex } from '../../shared/text/codepoints.ts';
import { buildFixture, EN_ARTICLE_ID } from '../exports/fixture.ts';
import { nextEvent, startTestServer, type TestServer } from '../helpers/test-server.ts';
import { testScope } from '../helpers/test-scope.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const scope = testScope();

/** A server on a temp copy of the export fixture (or on a fresh seed workspace). */
async function serverWith(withFixture = true): Promise<TestServer & { dir: string }> {
  const dir = scope.dir();
  const file = join(dir, 'db.json');
  if (withFixture) writeFileSync(file, JSON.stringify(buildFixture()));
  const server = await startTestServer(file);
  scope.defer(() => server.stop());
  return Object.assign(server, { dir });
}

const CONTENT_TYPES: Record<ExportFormat, RegExp> = {
  md: /^text\/markdown; charset=utf-8$/,
  html: /^text\/html; charset=utf-8$/,
  csv: /^text\/csv; charset=utf-8$/,
  json: /^application\/json; charset=utf-8$/,
  claimreview: /^application\/ld\+json; charset=utf-8$/,
  w3c: /^application\/ld\+json; profile="http:\/\/www\.w3\.org\/ns\/anno\.jsonld"; charset=utf-8$/,
};
const EXTENSIONS: Record<ExportFormat, string> = { md: 'md', html: 'html', csv: 'csv', json: 'json', claimreview: 'claimreview.jsonld', w3c: 'annotations.jsonld' };

describe('the printable report in a tab', () => {
  it('comes inline when asked (to read or save as PDF); every other request downloads', async () => {
    const server = await serverWith();
    const inline = await server.fetch(`/api/articles/${SEED_ARTICLE_ID}/export?format=html&disposition=inline`, { as: 'Vera', role: 'viewer' });
    expect(inline.headers.get('content-disposition')).toMatch(/^inline; filename="isnad-/);
    expect(inline.headers.get('content-security-policy')).toBeTruthy();
    const csv = await server.fetch(`/api/articles/${SEED_ARTICLE_ID}/export?format=csv&disposition=inline`, { as: 'Vera' });
    expect(csv.headers.get('content-disposition')).toMatch(/^attachment;/);
  });
});

describe('GET /api/articles/:id/export and /api/export', () => {
  it.each(EXPORT_FORMATS)('%s: a download with the right type and a sensible file name, for any role (a viewer here)', async (format) => {
    const server = await serverWith();
    const res = await server.fetch(`/api/articles/${SEED_ARTICLE_ID}/export?format=${format}`, { as: 'Vera', role: 'viewer' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(CONTENT_TYPES[format]);
    expect(res.headers.get('content-disposition')).toMatch(
      new RegExp(`^attachment; filename="isnad-${SEED_ARTICLE_ID}-\\d{4}-\\d{2}-\\d{2}\\.${EXTENSIONS[format].replace('.', '\\.')}"$`),
    );
    expect(res.headers.get('cache-control')).toBe('no-store');
    const bytes = Buffer.from(await res.arrayBuffer());
    const text = bytes.toString('utf8');
    if (format === 'csv') expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    else expect(text.charCodeAt(0)).not.toBe(0xfeff);
    expect(text).toContain('البنتا'); // Arabic, as UTF-8
    if (format === 'json' || format === 'claimreview' || format === 'w3c') expect(() => JSON.parse(text)).not.toThrow();
  });

  it('serves the HTML report with a policy that allows its inline style and nothing else', async () => {
    const server = await serverWith();
    const res = await server.fetch(`/api/articles/${SEED_ARTICLE_ID}/export?format=html`, { as: 'Vera', role: 'viewer' });
    expect(res.headers.get('content-security-policy')).toBe(
      "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    );
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('the CSV reads back with Arabic intact and formulas neutralized', async () => {
    const server = await serverWith();
    const res = await server.fetch('/api/export?format=csv', { as: 'Vera', role: 'viewer' });
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="isnad-workspace-\d{4}-\d{2}-\d{2}\.csv"$/);
    const rows: Array<Record<string, string>> = parseCsv(await res.text(), { bom: true, columns: true });
    expect(rows).toHaveLength(8);
    expect(rows.find((r) => r.claim_id === 'c-formula')).toMatchObject({ summary: `'=HYPERLINK("http://evil")`, quote: 'بعد تسعة أشهر من زيارة كيم جونغ أون لروسيا' });
  });

  it('exports the whole workspace', async () => {
    const server = await serverWith();
    const json = await (await server.fetch('/api/export?format=json', { as: 'Vera', role: 'viewer' })).json();
    expect(json.articles.map((a: { id: string }) => a.id)).toEqual([SEED_ARTICLE_ID, EN_ARTICLE_ID]);
    expect(json.claims).toHaveLength(8);
    const md = await (await server.fetch('/api/export?format=md', { as: 'Vera', role: 'viewer' })).text();
    expect(md).toMatch(/^# Fact-check report: \u2066Newsroom Verification Desk\u2069/);
  });

  it('refuses an unknown or missing format, an unknown article, and requests without a session', async () => {
    const server = await serverWith();
    const bad = await server.fetch(`/api/articles/${SEED_ARTICLE_ID}/export?format=pdf`, { as: 'Vera', role: 'viewer' });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ ok: false, error: { code: 'invalid_payload', field: 'format' } });
    expect((await server.fetch('/api/export', { as: 'Vera', role: 'viewer' })).status).toBe(400);
    expect((await server.fetch('/api/articles/nope/export?format=md', { as: 'Vera', role: 'viewer' })).status).toBe(404);
    expect((await server.fetch('/api/articles/__proto__/export?format=md', { as: 'Vera', role: 'viewer' })).status).toBe(404);
    expect((await server.fetch('/api/export?format=md')).status).toBe(401);
  });
});

describe('reports in a chosen language', () => {
  it('come in the article’s language by default, in Arabic or English when asked, and refuse any other', async () => {
    const server = await serverWith();
    const get = (query: string) => server.fetch(`/api/articles/${SEED_ARTICLE_ID}/export?${query}`, { as: 'Vera', role: 'viewer' });
    expect(await (await get('format=md')).text()).toMatch(/^# تقرير التحقق: /);
    expect(await (await get('format=md&lang=en')).text()).toMatch(/^# Fact-check report: /);
    expect(await (await get('format=html&lang=en')).text()).toMatch(/<html lang="en" dir="ltr">/);
    expect(await (await get('format=html&lang=ar')).text()).toMatch(/<html lang="ar" dir="rtl">/);
    const bad = await get('format=md&lang=fr');
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ error: { code: 'invalid_payload', field: 'lang' } });
  });
});

describe('POST /api/articles/:id/import', () => {
  const post = (server: TestServer, doc: unknown, as: string, role: 'editor' | 'admin' | 'reviewer' | 'viewer', type = 'application/json') =>
    server.fetch(`/api/articles/${SEED_ARTICLE_ID}/import`, { method: 'POST', as, role, headers: { 'content-type': type }, body: JSON.stringify(doc) });

  it('restores an export’s claims re-anchored on the current text, tells everyone in the article, and never twice', async () => {
    const source = await serverWith();
    const exported = await (await source.fetch(`/api/articles/${SEED_ARTICLE_ID}/export?format=json`, { as: 'Vera', role: 'viewer' })).json();

    // A fresh workspace: the seed article as first published, before the correction.
    const server = await serverWith(false);
    const watcher = await server.connect('Omar', 'reviewer');
    await watcher.emitWithAck('article:join', { articleId: SEED_ARTICLE_ID });
    const heard: Array<{ claim: Claim; seq: number }> = [];
    watcher.on('claim:created', (e) => heard.push(e));

    const res = await post(server, exported, 'Mona', 'editor');
    expect(res.status).toBe(200);
    const result = await res.json();
    // The "24 years" sentence, orphaned after the correction, is still in the original text: placed again.
    expect(result).toMatchObject({ imported: 7, skipped: 0, orphaned: [] });
    const text = new OffsetIndex(bodyText((await server.dump()).articles[SEED_ARTICLE_ID]!.body));
    for (const claim of exported.claims as Claim[]) {
      const now = (await server.dump()).claims[claim.id]!;
      expect(now).toMatchObject({ status: claim.status, summary: claim.summary, attributedTo: claim.attributedTo, orphaned: false, createdBy: 'Mona' });
      expect(text.slice(now.target.position.start, now.target.position.end)).toBe(claim.target.quote.exact);
    }
    await expect.poll(() => heard.length).toBe(7);
    expect(heard.map((e) => e.seq)).toEqual([1, 2, 3, 4, 5, 6, 7]);

    const again = await (await post(server, exported, 'Mona', 'editor')).json();
    expect(again).toEqual({ imported: 0, restored: 0, skipped: 7, orphaned: [], claimIds: [], restoredIds: [] });
    expect(Object.keys((await server.dump()).claims)).toHaveLength(7);
  });

  it('brings back claims deleted since the export (the desk’s backup), leaves live ones alone, and twice changes nothing', async () => {
    const server = await serverWith();
    const exported = await (await server.fetch(`/api/articles/${SEED_ARTICLE_ID}/export?format=json`, { as: 'Vera', role: 'viewer' })).json();
    const all = (exported.claims as Claim[]).map((c) => c.id);
    const editor = await server.connect('Mona', 'editor');
    await editor.emitWithAck('article:join', { articleId: SEED_ARTICLE_ID });
    const gone = all.slice(0, 4);
    for (const id of gone) expect((await editor.emitWithAck('claim:delete', { id })).ok).toBe(true);
    const kept = (await server.dump()).claims[all[5]!]!;
    const count = Object.keys((await server.dump()).claims).length;
    const watcher = await server.connect('Omar', 'reviewer');
    await watcher.emitWithAck('article:join', { articleId: SEED_ARTICLE_ID });
    const heard: string[] = [];
    watcher.on('claim:restored', (e) => heard.push(e.claim.id));

    const result = await (await post(server, exported, 'Mona', 'editor')).json();
    expect(result).toMatchObject({ imported: 0, restored: 4, skipped: 3, restoredIds: gone });
    const after = (await server.dump()).claims;
    for (const id of gone) expect(after[id]!.deleted).toBeNull();
    expect(after[all[5]!]).toEqual(kept);
    expect(Object.keys(after)).toHaveLength(count);
    await expect.poll(() => heard).toEqual(gone);
    // Recorded as restores, by whoever imported.
    const history = (await server.dump()).history[gone[0]!]!;
    expect(history.at(-1)).toMatchObject({ action: 'restored', by: 'Mona' });

    const again = await (await post(server, exported, 'Mona', 'editor')).json();
    expect(again).toMatchObject({ imported: 0, restored: 0, skipped: 7 });
  });

  it('takes a W3C export sent as application/ld+json', async () => {
    const source = await serverWith();
    const w3c = await (await source.fetch(`/api/articles/${SEED_ARTICLE_ID}/export?format=w3c`, { as: 'Vera', role: 'viewer' })).text();
    const server = await serverWith(false);
    const watcher = await server.connect('Omar', 'reviewer');
    await watcher.emitWithAck('article:join', { articleId: SEED_ARTICLE_ID });
    const first = nextEvent(watcher, 'claim:created');
    const res = await post(server, JSON.parse(w3c), 'Ali', 'admin', 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"');
    expect(await res.json()).toMatchObject({ imported: 7, skipped: 0 });
    expect((await first).claim).toMatchObject({ id: 'c-kremlin', status: 'attributed' });
  });

  it('is for editors and admins only, and refuses documents it cannot read', async () => {
    const server = await serverWith(false);
    const doc = { format: 'isnad-export', version: 1, articles: [], claims: [] };
    expect((await post(server, doc, 'Rami', 'reviewer')).status).toBe(403);
    expect((await post(server, doc, 'Vera', 'viewer')).status).toBe(403);
    const bad = await post(server, { ...doc, version: 9 }, 'Mona', 'editor');
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ error: { code: 'invalid_payload', field: 'version' } });
    expect((await post(server, JSON.parse('{"__proto__":{"x":1},"type":"Annotation"}'), 'Mona', 'editor')).status).toBe(400);
    expect((await server.fetch('/api/articles/nope/import', { method: 'POST', as: 'Mona', role: 'editor', headers: { 'content-type': 'application/json' }, body: '{}' })).status).toBe(404);
    expect(Object.keys((await server.dump()).claims)).toHaveLength(0);
  });
});

describe('npm run export (the CLI)', () => {
  const cli = (where: string | Record<string, string>, args: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'server/cli/export.ts', ...args], {
      cwd: ROOT,
      env: { ...process.env, ...(typeof where === 'string' ? { DB_FILE: where } : where) },
      encoding: 'utf8',
    });

  it('writes a file from the store without taking the lock or writing the store, even beside a running server', async () => {
    const server = await serverWith();
    const files = () => (server.kind === 'json' ? { bytes: readFileSync(server.file).toString('base64'), mtime: statSync(server.file).mtimeMs } : null);
    const before = { stored: files(), dump: await server.dump(), files: readdirSync(server.dir).sort() };
    const out = join(server.dir, 'report.md');
    const run = cli(server.env, ['--article', SEED_ARTICLE_ID, '--format', 'md', '--out', out]);
    expect(run.status, run.stderr).toBe(0);
    const md = readFileSync(out, 'utf8');
    expect(md).toMatch(/^# تقرير التحقق: \u2067قبل توقيع/);
    expect(md).toContain('> \u2067اتهم البنتاجون موسكو');
    expect(files()).toEqual(before.stored);
    expect(await server.dump()).toEqual(before.dump);
    expect(readdirSync(server.dir).sort()).toEqual([...before.files, 'report.md'].sort());
    if (server.kind === 'json') expect(existsSync(`${server.file}.lock`)).toBe(true); // still the server's
  });

  it('exports the whole workspace to standard output without --article', async () => {
    const file = join(scope.dir(), 'db.json');
    writeFileSync(file, JSON.stringify(buildFixture()));
    const run = cli(file, ['--format', 'json']);
    expect(run.status, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ format: 'isnad-export', version: 1, scope: { workspace: true } });
    const bad = cli(file, ['--format', 'pdf']);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/--format must be one of md, html, csv, json, claimreview, w3c/);
    const missing = cli(file, ['--format', 'md', '--article', 'nope']);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/no article "nope"/);
    const english = cli(file, ['--format', 'md', '--article', SEED_ARTICLE_ID, '--lang', 'en']);
    expect(english.status, english.stderr).toBe(0);
    expect(english.stdout).toMatch(/^# Fact-check report: \u2067قبل توقيع/);
    const badLang = cli(file, ['--format', 'md', '--lang', 'fr']);
    expect(badLang.status).toBe(1);
    expect(badLang.stderr).toMatch(/--lang must be one of ar, en/);
    expect(existsSync(`${file}.lock`)).toBe(false);
  });
});

describe('the digits of an Arabic report follow the workspace', () => {
  const arabicDigits = () => ({ ...buildFixture(), settings: { ...buildFixture().settings, digits: 'arab' as const } });

  it('the export route writes Arabic-Indic digits in an Arabic report, Latin ones in an English report', async () => {
    const file = join(scope.dir(), 'db.json');
    writeFileSync(file, JSON.stringify(arabicDigits()));
    const server = await startTestServer(file);
    scope.defer(() => server.stop());
    const get = async (lang: string) => (await server.fetch(`/api/articles/${SEED_ARTICLE_ID}/export?format=md&lang=${lang}`, { as: 'Vera', role: 'viewer' })).text();
    expect(await get('ar')).toContain('٥ يوليو ٢٠٢٤ في ١١:٣٠ UTC');
    expect(await get('en')).not.toMatch(/[\u0660-\u0669]/);
  });

  it('so does the CLI', () => {
    const file = join(scope.dir(), 'db.json');
    writeFileSync(file, JSON.stringify(arabicDigits()));
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'server/cli/export.ts', '--article', SEED_ARTICLE_ID, '--format', 'md', '--lang', 'ar'], {
      cwd: ROOT,
      env: { ...process.env, DB_FILE: file },
      encoding: 'utf8',
    });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('٥ يوليو ٢٠٢٤ في ١١:٣٠ UTC');
  });
});
