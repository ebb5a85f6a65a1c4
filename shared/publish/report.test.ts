import { describe, expect, it } from 'vitest';
import { APPROVED_AT, ARTICLE, PUBLISHED_AT, SETTINGS, approvalEntry, claim, editEntry } from './fixtures/claims.ts';
import { freezeReport, publicationPreview, type FreezeInput } from './report.ts';
import type { HistoryEntry } from '../domain/schemas.ts';

const freeze = (claims: FreezeInput['claims'], history: Record<string, HistoryEntry[]> = {}, extra: Partial<FreezeInput> = {}) =>
  freezeReport({ article: ARTICLE, claims, historyOf: (id) => history[id] ?? [approvalEntry(id)], settings: SETTINGS, originalUrl: null, publishedAt: PUBLISHED_AT, previous: null, ...extra });

describe('freezing a report', () => {
  it('takes approved claims only, in reading order, never drafts, ready, deleted or orphaned ones', () => {
    const report = freeze([
      claim('late', 60, 'أول زيارة منذ 24 عامًا'),
      claim('early', 5, 'زودت روسيا بكميات كبيرة من الذخائر'),
      claim('ready', 30, 'كميات', { review: 'ready', approval: null }),
      claim('draft', 40, 'الذخائر', { review: 'none', approval: null }),
      claim('gone', 50, 'روسيا', { deleted: { by: 'Omar', at: APPROVED_AT } }),
      claim('lost', 55, 'زيارة', { orphaned: true }),
    ]);
    expect(report.claims.map((c) => c.claimId)).toEqual(['early', 'late']);
  });

  it('copies what the page shows and nothing internal (notes, assignees, names of reviewers)', () => {
    const report = freeze([claim('c1', 5, 'زودت روسيا')]);
    const c = report.claims[0]!;
    expect(c).toMatchObject({ quote: 'زودت روسيا', prefix: 'قبل ', suffix: ' بعد', claimReviewed: 'ملخص c1', source: 'الدول الغربية', explanation: 'شرح c1' });
    expect(c.evidence).toEqual([{ url: 'https://example.org/c1', title: 'مصدر' }]);
    expect(JSON.stringify(report)).not.toContain('ملاحظة داخلية');
    expect(report).toMatchObject({ title: ARTICLE.title, lang: 'ar', dir: 'rtl', articleDate: '2024-07-04', organizationName: 'مكتب التدقيق' });
  });

  it('gives the verdict in the article language from the workspace scale (disputed → its mapped label)', () => {
    const c = freeze([claim('c1', 5, 'زودت روسيا')]).claims[0]!;
    expect(c.rating).not.toBeNull();
    expect(c.rating!.alternateName).toMatch(/\p{Script=Arabic}/u);
    expect(c.rating!.worstRating).toBeGreaterThanOrEqual(1);
    expect(c.rating!.bestRating).toBeGreaterThan(c.rating!.worstRating);
  });

  it('rolls back a summary and a source edited after the approval, and leaves out evidence added after it', () => {
    const later = '2024-07-05T11:00:00.000Z';
    const edited = claim('c1', 5, 'زودت روسيا', {
      summary: 'ملخص لم يُعتمد',
      attributedTo: 'مصدر لم يُعتمد',
      evidence: [
        { id: 'e1', url: 'https://example.org/approved', title: 'معتمد', note: '', addedBy: 'L', addedById: null, addedAt: APPROVED_AT },
        { id: 'e2', url: 'https://example.org/unapproved', title: 'غير معتمد', note: '', addedBy: 'L', addedById: null, addedAt: later },
      ],
    });
    const history = {
      c1: [
        editEntry('c1', '2024-07-05T08:00:00.000Z', 'summary', '', 'ملخص c1'),
        approvalEntry('c1'),
        editEntry('c1', later, 'summary', 'ملخص c1', 'ملخص وسيط'),
        editEntry('c1', '2024-07-05T11:30:00.000Z', 'summary', 'ملخص وسيط', 'ملخص لم يُعتمد'),
        editEntry('c1', later, 'attributedTo', 'الدول الغربية', 'مصدر لم يُعتمد'),
      ],
    };
    const c = freeze([edited], history).claims[0]!;
    expect(c.claimReviewed).toBe('ملخص c1');
    expect(c.source).toBe('الدول الغربية');
    expect(c.evidence.map((e) => e.url)).toEqual(['https://example.org/approved']);
    expect(JSON.stringify(c)).not.toMatch(/لم يُعتمد|وسيط/);
  });

  it('keeps a claim first publication date across versions and dates a change', () => {
    const first = freeze([claim('c1', 5, 'زودت روسيا')]);
    const later = '2024-07-06T12:00:00.000Z';
    const same = freeze([claim('c1', 5, 'زودت روسيا')], {}, { previous: first, publishedAt: later });
    expect(same.claims[0]).toMatchObject({ firstPublishedAt: PUBLISHED_AT, updatedAt: null });
    const changed = freeze([claim('c1', 5, 'زودت روسيا', { explanation: 'شرح مصحح' })], {}, { previous: first, publishedAt: later });
    expect(changed.claims[0]).toMatchObject({ firstPublishedAt: PUBLISHED_AT, updatedAt: later });
  });

  it('previews what publishing takes: approved claims, and ready ones listed as not included', () => {
    const preview = publicationPreview([claim('a', 5, 'زودت'), claim('r', 9, 'روسيا', { review: 'ready', approval: null }), claim('n', 12, 'بكميات', { review: 'none', approval: null })]);
    expect(preview.included.map((c) => c.id)).toEqual(['a']);
    expect(preview.notIncluded.map((c) => c.id)).toEqual(['r']);
  });
});
