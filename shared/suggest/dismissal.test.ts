import { describe, expect, it } from 'vitest';
import type { Article } from '../domain/schemas.ts';
import { LIMITS } from '../limits.ts';
import { dismissalKey, dismissSuggestion } from './dismissal.ts';

const article = (body: string[], dismissed?: string[]): Article => ({
  id: 'a',
  title: 't',
  byline: '',
  dateline: '',
  lang: 'ar',
  dir: 'rtl',
  body,
  revision: 1,
  createdAt: '2024-07-04T00:00:00.000Z',
  updatedAt: '2024-07-04T00:00:00.000Z',
  ...(dismissed ? { dismissed } : {}),
});

describe('dismissalKey', () => {
  it('is the same for the same words with or without diacritics and hamza forms, different for other words', () => {
    expect(dismissalKey('منذ 24 عامًا')).toBe(dismissalKey('منذ 24 عاما'));
    expect(dismissalKey('الأولوية القصوى')).toBe(dismissalKey('الاولويه القصوى'));
    expect(dismissalKey('منذ 24 عاما')).not.toBe(dismissalKey('منذ 25 عاما'));
  });

  it('stays short for a long quote, keeping its length so two long quotes sharing a start differ', () => {
    const long = 'كلمة '.repeat(1000);
    expect([...dismissalKey(long)].length).toBeLessThan(220);
    expect(dismissalKey(long)).not.toBe(dismissalKey(long + 'أخرى'));
  });
});

describe('dismissSuggestion', () => {
  const a = article(['أولى 😀 فقرة', 'ثانية']);
  it('records the key of the words at that place (code points, an emoji counted once); again is no change', () => {
    const r = dismissSuggestion(a, { articleId: 'a', start: 7, end: 11, quote: 'فقرة' });
    expect(r).toMatchObject({ ok: true, changed: true, key: dismissalKey('فقرة') });
    if (!r.ok) return;
    expect(r.article.dismissed).toEqual([r.key]);
    expect(r.article.updatedAt).toBe(a.updatedAt);
    expect(a.dismissed).toBeUndefined();
    expect(dismissSuggestion(r.article, { articleId: 'a', start: 7, end: 11, quote: 'فقرة' })).toMatchObject({ ok: true, changed: false, article: r.article });
  });

  it('refuses other words, a place outside the text, and a full list', () => {
    expect(dismissSuggestion(a, { articleId: 'a', start: 7, end: 11, quote: 'ثانية' })).toMatchObject({ ok: false, error: { code: 'invalid_payload', field: 'quote' } });
    expect(dismissSuggestion(a, { articleId: 'a', start: 7, end: 99, quote: 'فقرة' })).toMatchObject({ ok: false, error: { code: 'range_out_of_bounds' } });
    expect(dismissSuggestion(undefined, { articleId: 'a', start: 7, end: 11, quote: 'فقرة' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    const full = article(a.body, Array.from({ length: LIMITS.dismissedSuggestionsPerArticle }, (_, i) => `k${i}`));
    expect(dismissSuggestion(full, { articleId: 'a', start: 7, end: 11, quote: 'فقرة' })).toMatchObject({ ok: false, error: { code: 'limit_reached' } });
  });
});
