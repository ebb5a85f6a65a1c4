import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { EXPORT_FORMATS, isExportFormat } from '../../shared/exports/formats.ts';
import { renderExport } from '../exports/render.ts';
import { DbSchema, migrate } from '../store/db-schema.ts';

/**
 * `npm run export -- [--article ID] --format FORMAT [--out FILE]`
 * Writes an export of one article (or, without --article, the whole
 * workspace) to FILE, or to standard output. Formats: md, html, csv, json,
 * claimreview, w3c.
 *
 * Reads DB_FILE (default ./db.json) and nothing else: it takes no lock and
 * never writes the store, so it is safe beside a running server (which
 * replaces the file atomically, so a read sees one whole version of it).
 */
function fail(message: string): never {
  console.error(`export: ${message}`);
  process.exit(1);
}

let values: { article?: string; format?: string; out?: string };
try {
  ({ values } = parseArgs({
    options: { article: { type: 'string' }, format: { type: 'string' }, out: { type: 'string' } },
    strict: true,
  }));
} catch (error) {
  fail((error as Error).message);
}
const format = values.format;
if (!isExportFormat(format)) fail(`--format must be one of ${EXPORT_FORMATS.join(', ')}`);

const file = resolve(process.env.DB_FILE || './db.json');
let raw: unknown;
try {
  raw = JSON.parse(readFileSync(file, 'utf8'));
} catch (error) {
  fail(`cannot read ${file}: ${(error as Error).message}`);
}
const parsed = DbSchema.safeParse(migrate(raw));
if (!parsed.success) {
  const issue = parsed.error.issues[0];
  fail(`${file} is not an Isnad workspace: ${issue?.message ?? 'invalid'}${issue?.path.length ? ` at ${issue.path.join('.')}` : ''}`);
}
const db = parsed.data;
if (values.article !== undefined && !Object.hasOwn(db.articles, values.article)) {
  fail(`no article "${values.article}" in ${file} (articles: ${Object.keys(db.articles).join(', ') || 'none'})`);
}

const rendered = renderExport(format, db, { articleId: values.article, exportedAt: new Date().toISOString() });
if (values.out) {
  const out = resolve(values.out);
  if (out === file) fail('--out must not be the workspace file');
  writeFileSync(out, rendered.body, 'utf8');
  console.error(`wrote ${format} export of ${values.article ?? 'the workspace'} to ${out}`);
} else {
  process.stdout.write(rendered.body);
}
