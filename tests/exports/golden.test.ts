import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { EXPORT_FORMATS, EXPORT_FORMAT_INFO } from '../../shared/exports/formats.ts';
import { SEED_ARTICLE_ID } from '../../server/seed/seed-article.ts';
import { renderExport } from '../../server/exports/render.ts';
import { buildFixture, EXPORTED_AT } from './fixture.ts';

/**
 * Golden files: every export format of the seed article in the fixed
 * workspace of fixture.ts, byte for byte. After an intended change to an
 * export, regenerate them and review the diff:
 *
 *   UPDATE_GOLDEN=1 npx vitest run tests/exports/golden.test.ts
 */
const GOLDEN = fileURLToPath(new URL('./golden/', import.meta.url));
const UPDATE = process.env.UPDATE_GOLDEN === '1';

describe('golden exports of the seed article', () => {
  const db = buildFixture();

  it.each(EXPORT_FORMATS)('%s matches its golden file', (format) => {
    const { body } = renderExport(format, db, { articleId: SEED_ARTICLE_ID, exportedAt: EXPORTED_AT });
    const file = join(GOLDEN, `seed.${EXPORT_FORMAT_INFO[format].extension}`);
    if (UPDATE) {
      mkdirSync(GOLDEN, { recursive: true });
      writeFileSync(file, body, 'utf8');
    }
    expect(existsSync(file), `${file} is missing: run with UPDATE_GOLDEN=1`).toBe(true);
    // Compared as text, so a failure shows a readable diff.
    expect(body).toBe(readFileSync(file, 'utf8'));
  });

  // The reports in the language that is not the article's: English words around the Arabic article.
  it.each(['md', 'html'] as const)('%s in English matches its golden file', (format) => {
    const { body } = renderExport(format, db, { articleId: SEED_ARTICLE_ID, exportedAt: EXPORTED_AT, lang: 'en' });
    const file = join(GOLDEN, `seed.en.${EXPORT_FORMAT_INFO[format].extension}`);
    if (UPDATE) writeFileSync(file, body, 'utf8');
    expect(existsSync(file), `${file} is missing: run with UPDATE_GOLDEN=1`).toBe(true);
    expect(body).toBe(readFileSync(file, 'utf8'));
  });

  it('is deterministic: the same workspace gives the same bytes', () => {
    for (const format of EXPORT_FORMATS) {
      const a = renderExport(format, buildFixture(), { articleId: SEED_ARTICLE_ID, exportedAt: EXPORTED_AT }).body;
      const b = renderExport(format, db, { articleId: SEED_ARTICLE_ID, exportedAt: EXPORTED_AT }).body;
      expect(a).toBe(b);
    }
  });
});
