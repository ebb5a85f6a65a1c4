import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DbSchema, emptyCollections } from '../../server/store/db-schema.ts';
import { SEED_ARTICLE_ID, SEED_FILE, seedWorkspace } from '../../server/seed/seed-article.ts';

const committed = JSON.parse(readFileSync(new URL('../../db.json', import.meta.url), 'utf8'));
const raw = readFileSync(SEED_FILE, 'utf8');
const lines = raw.split('\n');

describe('the committed db.json', () => {
  it('is a valid workspace with the seed article, no claims and no accounts (so the first start asks for an admin)', () => {
    expect(DbSchema.safeParse(committed).success).toBe(true);
    expect(Object.keys(committed.articles)).toEqual([SEED_ARTICLE_ID]);
    expect(committed.claims).toEqual({});
    expect(committed.users).toEqual({});
    expect(committed.sessions).toEqual({});
  });

  it('is exactly what `npm run db:reset` writes', () => {
    expect(committed).toEqual({ schemaVersion: 2, ...seedWorkspace(), ...emptyCollections() });
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
