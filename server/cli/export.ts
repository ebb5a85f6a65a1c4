import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { EXPORT_FORMATS, isExportFormat } from '../../shared/exports/formats.ts';
import { isReportLanguage, REPORT_LANGUAGES } from '../../shared/exports/labels.ts';
import { exportSourceOf } from '../exports/export-source.ts';
import { renderExport } from '../exports/render.ts';
import { JsonWorkspaceStore } from '../store/json-store.ts';
import { PgWorkspaceStore } from '../store/pg/pg-store.ts';
import { DbFileError, type WorkspaceReader } from '../store/store.ts';
import { dbFileOf } from '../config.ts';

/**
 * `npm run export -- [--article ID] --format FORMAT [--lang ar|en] [--out FILE]`
 * Writes an export of one article (or, without --article, the whole
 * workspace) to FILE, or to standard output. Formats: md, html, csv, json,
 * claimreview, w3c. --lang is the language of the md and html reports'
 * own words (default: the article's).
 *
 * Reads DATABASE_URL when set, otherwise DB_FILE (default data/db.json) and
 * its journal, and nothing else: it
 * takes no lock and never writes, so it is safe beside a running server
 * (which replaces the snapshot atomically and only appends to the journal;
 * a line being appended as it reads is simply left out).
 */
function fail(message: string): never {
  console.error(`export: ${message}`);
  process.exit(1);
}

let values: { article?: string; format?: string; out?: string; lang?: string };
try {
  ({ values } = parseArgs({
    options: { article: { type: 'string' }, format: { type: 'string' }, out: { type: 'string' }, lang: { type: 'string' } },
    strict: true,
  }));
} catch (error) {
  fail((error as Error).message);
}
const format = values.format;
if (!isExportFormat(format)) fail(`--format must be one of ${EXPORT_FORMATS.join(', ')}`);
const lang = values.lang;
if (lang !== undefined && !isReportLanguage(lang)) fail(`--lang must be one of ${REPORT_LANGUAGES.join(', ')}`);

const url = process.env.DATABASE_URL;
const file = dbFileOf();
const where = url ? 'the database' : file;
let store: WorkspaceReader;
let close = async () => {};
try {
  if (url) ({ reader: store, close } = await PgWorkspaceStore.readOnly(url));
  else store = await JsonWorkspaceStore.read(file);
} catch (error) {
  fail(error instanceof DbFileError ? error.message.replace(/; refusing to start.*$/, '') : `cannot read ${where}: ${(error as Error).message}`);
}
const source = await exportSourceOf(store, values.article);
if (!source) {
  const articles = (await store.articleSummaries()).map((a) => a.id);
  await close();
  fail(`no article "${values.article}" in ${where} (articles: ${articles.join(', ') || 'none'})`);
}
await close();

const rendered = renderExport(format, source, { articleId: values.article, exportedAt: new Date().toISOString(), lang, digits: source.settings.digits });
if (values.out) {
  const out = resolve(values.out);
  if (out === file) fail('--out must not be the workspace file');
  writeFileSync(out, rendered.body, 'utf8');
  console.error(`wrote ${format} export of ${values.article ?? 'the workspace'} to ${out}`);
} else {
  process.stdout.write(rendered.body);
}
