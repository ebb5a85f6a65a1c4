import { describe, expect, it } from 'vitest';
import { ARTICLE, PUBLISHED_AT, SETTINGS, approvalEntry, claim } from './fixtures/claims.ts';
import { correctionsBetween } from './corrections.ts';
import { LABELS } from './labels.ts';
import { freezeReport } from './report.ts';
import type { Claim } from '../domain/schemas.ts';

const LATER = '2024-07-08T12:00:00.000Z';
const freeze = (claims: Claim[], previous: ReturnType<typeof freezeReport> | null = null, publishedAt = PUBLISHED_AT) =>
  freezeReport({ article: ARTICLE, claims, historyOf: (id) => [approvalEntry(id)], settings: SETTINGS, originalUrl: null, publishedAt, previous });

describe('corrections between two versions', () => {
  const v1 = freeze([claim('kept', 5, 'زودت روسيا'), claim('dropped', 20, 'الذخائر')]);

  it('lists added, changed (with the verdict before and after) and withdrawn claims', () => {
    const v2 = freeze([claim('kept', 5, 'زودت روسيا', { status: 'verified', explanation: 'شرح جديد' }), claim('new', 40, 'أول زيارة')], v1, LATER);
    const out = correctionsBetween(v1, v2, LATER, 2);
    expect(out.map((c) => [c.claimId, c.kind])).toEqual([
      ['kept', 'changed'],
      ['new', 'added'],
      ['dropped', 'removed'],
    ]);
    const changed = out[0]!;
    expect(changed.fields).toEqual(['rating', 'explanation']);
    expect(changed.ratingFrom).not.toBe(changed.ratingTo);
    expect(changed).toMatchObject({ at: LATER, version: 2 });
  });

  it('finds nothing to correct when nothing public changed (an internal note is not public)', () => {
    const v2 = freeze([claim('kept', 5, 'زودت روسيا', { note: 'ملاحظة أخرى' }), claim('dropped', 20, 'الذخائر')], v1, LATER);
    expect(correctionsBetween(v1, v2, LATER, 2)).toEqual([]);
  });

  it('words each correction in Arabic for an Arabic page and in English otherwise', () => {
    const v2 = freeze([claim('kept', 5, 'زودت روسيا', { status: 'verified' }), claim('dropped', 20, 'الذخائر')], v1, LATER);
    const [c] = correctionsBetween(v1, v2, LATER, 2);
    expect(LABELS.ar.correction(c!)).toMatch(/^«ملخص kept»: تغيّر الحكم من «.+» إلى «.+»\.$/u);
    expect(LABELS.en.correction(c!)).toMatch(/^“ملخص kept”: The verdict changed from “.+” to “.+”\.$/u);
  });
});
