import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SEED_ARTICLE_ID, SEED_FILE } from '../../server/seed/seed-article.ts';
import { JsonWorkspaceStore } from '../../server/store/json-store.ts';
import { testScope } from '../helpers/test-scope.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const DB = join(ROOT, 'db.json');
const committed = JSON.parse(readFileSync(DB, 'utf8'));
const scope = testScope();

/** A snapshot without what differs between two writes of the same workspace: its ids and when it was written. */
const content = (snapshot: Record<string, unknown>) => {
  const { workspaceId: _w, generation: _g, writtenAt: _t, ...rest } = snapshot;
  return rest;
};
const raw = readFileSync(SEED_FILE, 'utf8');
const lines = raw.split('\n');

describe('the committed db.json', () => {
  it('is a valid workspace with the seed article, no claims and no accounts (so the first start asks for an admin)', async () => {
    const dump = (await JsonWorkspaceStore.read(DB)).dump();
    expect(Object.keys(dump.articles)).toEqual([SEED_ARTICLE_ID]);
    expect(dump.claims).toEqual({});
    expect(dump.users).toEqual({});
    expect(dump.sessions).toEqual({});
    expect(committed).toMatchObject({ schemaVersion: 3, lastCommit: 0 });
  });

  it('is what `npm run db:reset` writes, but for its ids and time', () => {
    const file = join(scope.dir(), 'db.json');
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'server/cli/db-reset.ts'], { cwd: ROOT, env: { ...process.env, DB_FILE: file }, encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(content(JSON.parse(readFileSync(file, 'utf8')))).toEqual(content(committed));
  });

  it('keeps the headline, dateline and byline as metadata', () => {
    const article = committed.articles[SEED_ARTICLE_ID];
    expect(article).toMatchObject({
      title: 'قبل توقيع وثائق مهمة.. مشهد لا ينسى بين بوتين وكيم جونغ في كوريا الشمالية',
      dateline: 'الخميس، 04 يوليو 2024',
      byline: 'أحمد سعد قاسم',
      lang: 'ar',
      dir: 'rtl',
    });
  });

  it('has the 13 body paragraphs character for character, and no page furniture', () => {
    const body: string[] = committed.articles[SEED_ARTICLE_ID].body;
    expect(body).toHaveLength(13);
    // Each paragraph is a whole line of the scraped page, unchanged, in order.
    let from = 0;
    for (const p of body) {
      const at = lines.indexOf(p, from);
      expect(at, p.slice(0, 30)).toBeGreaterThan(from - 1);
      from = at + 1;
    }
    expect(body[0]!.startsWith('تبادل الرئيس الروسي')).toBe(true);
    expect(body[12]!.endsWith('اتفاقية شراكة استراتيجية شاملة.')).toBe(true);
    expect(body.some((p) => p.includes('عامًا'))).toBe(true);
    expect(body.some((p) => p.includes('فبراير2022'))).toBe(true);
    for (const furniture of ['04:32 ص', 'A A', 'سفاح التجمع', 'search', 'الرئيس الروسي فلاديمير بوتين']) {
      expect(body).not.toContain(furniture);
    }
    expect(body.join('\n')).not.toMatch(/search$/);
  });
});
