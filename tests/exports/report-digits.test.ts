import { describe, expect, it } from 'vitest';
import { htmlReport } from '../../shared/exports/html.ts';
import { markdownReport } from '../../shared/exports/markdown.ts';
import { REPORT_LABELS, reportTime } from '../../shared/exports/labels.ts';
import { SEED_ARTICLE_ID } from '../../server/seed/seed-article.ts';
import { buildFixture, EXPORTED_AT, SETTINGS } from './fixture.ts';

/**
 * Issue 11: "the workspace chooses Latin or Arabic-Indic digits", and an
 * Arabic report follows that choice in its own words (dates, counts,
 * revision); an English report always writes Latin digits, and what people
 * typed (titles, quotes, URLs) keeps the digits they typed.
 */
const latin = buildFixture();
const arabic = { ...latin, settings: { ...SETTINGS, digits: 'arab' as const } };
const seed = (lang: 'ar' | 'en') => ({ articleId: SEED_ARTICLE_ID, exportedAt: EXPORTED_AT, lang });
const ARABIC_INDIC = /[\u0660-\u0669]/;

describe('the digits of a report', () => {
  it('an Arabic report writes Arabic-Indic digits in its dates, counts and revision when the workspace chose them', () => {
    const md = markdownReport(arabic, seed('ar'));
    expect(md).toContain('\u2067٥ يوليو ٢٠٢٤ في ١١:٣٠ UTC\u2069');
    expect(md).toContain(`| مُتنازَع عليه | ${REPORT_LABELS.ar.meanings.disputed} | ١ |`);
    expect(md).toMatch(/رُوجع: [٠-٩]+ من [٠-٩]+ \([٠-٩]+٪\)\./);
    expect(md).toMatch(/- \*\*النسخة:\*\* [٠-٩]+،/);
    const html = htmlReport(arabic, seed('ar'));
    expect(html).toMatch(/<td class="num">[٠-٩]+<\/td>/);
    expect(html).toContain('>٥ يوليو ٢٠٢٤ في ١١:٣٠ UTC</time>');
  });

  it('keeps the digits people typed: the seed’s "فبراير2022" and dated URLs are the same with either choice', () => {
    const typed = (md: string) => md.match(/فبراير2022|https:\/\/\S*\d\S*/g);
    expect(typed(markdownReport(arabic, seed('ar')))).toEqual(typed(markdownReport(latin, seed('ar'))));
    expect(typed(markdownReport(arabic, seed('ar')))?.length).toBeGreaterThan(0);
  });

  it('an English report, and an Arabic one of a workspace that keeps Latin digits, write Latin digits', () => {
    expect(markdownReport(arabic, seed('en'))).not.toMatch(ARABIC_INDIC);
    expect(htmlReport(arabic, seed('en'))).not.toMatch(ARABIC_INDIC);
    expect(markdownReport(latin, seed('ar'))).not.toMatch(ARABIC_INDIC);
    expect(reportTime('2024-07-05T11:30:00.000Z', 'en', 'arab')).toBe('5 July 2024 at 11:30 UTC');
  });

  it('the caller may name the digits (the export route and the CLI pass the workspace’s)', () => {
    expect(markdownReport(latin, { ...seed('ar'), digits: 'arab' })).toMatch(ARABIC_INDIC);
    expect(markdownReport(arabic, { ...seed('ar'), digits: 'latn' })).toBe(markdownReport(latin, seed('ar')));
  });
});
