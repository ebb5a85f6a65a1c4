import { parseDocument } from 'htmlparser2';
import type { ChildNode, Element } from 'domhandler';
import { describe, expect, it } from 'vitest';
import { htmlReport } from '../../shared/exports/html.ts';
import { isReportLanguage, REPORT_LABELS, reportLanguageOf, reportTime } from '../../shared/exports/labels.ts';
import { markdownReport } from '../../shared/exports/markdown.ts';
import type { ExportOptions } from '../../shared/exports/source.ts';
import { SEED_ARTICLE_ID } from '../../server/seed/seed-article.ts';
import { buildFixture, EN_ARTICLE_ID, EXPORTED_AT } from './fixture.ts';

/**
 * Reports in a chosen language (Arabic or English), and no mixed line that
 * can reorder: the cases of issue 11 ("(captured as Disputed) 2026-11-29
 * 22:24 UTC ,Mona Khalil", an evidence URL split at "2024-06-" and "18/",
 * English labels on a right-to-left page) checked in the text itself.
 */
const DATED_URL = 'https://www.example.org/news/2024-06-18/putin-kim-summit-pyongyang';

function fixture() {
  const db = buildFixture();
  const claim = db.claims['c-pentagon']!;
  const extra = { ...claim.evidence[0]!, id: 'ev-dated', url: DATED_URL, title: '', note: '', addedBy: 'Mona Khalil', addedAt: '2026-11-29T22:24:00.000Z' };
  return { ...db, claims: { ...db.claims, [claim.id]: { ...claim, evidence: [...claim.evidence, extra] } } };
}

const db = fixture();
const seed = (lang?: 'ar' | 'en'): ExportOptions => ({ articleId: SEED_ARTICLE_ID, exportedAt: EXPORTED_AT, ...(lang ? { lang } : {}) });
const LATIN = /[A-Za-z]/;
const ARABIC = /[\u0600-\u06FF]/;

/** A line with everything inside Unicode isolates (LRI/RLI/FSI … PDI, nested) taken out. */
function outsideIsolates(line: string): string {
  let depth = 0;
  let out = '';
  for (const ch of line) {
    if (ch === '\u2066' || ch === '\u2067' || ch === '\u2068') depth++;
    else if (ch === '\u2069') depth = Math.max(0, depth - 1);
    else if (depth === 0) out += ch;
  }
  return out;
}

/** Text nodes of the body that no isolating element (bdi, or any element with dir below <html>) holds. */
function unisolatedText(html: string): string[] {
  const found: string[] = [];
  const walk = (nodes: ChildNode[], isolated: boolean) => {
    for (const node of nodes) {
      if (node.type === 'text' && !isolated && node.data.trim()) found.push(node.data);
      if (node.type === 'tag' && node.name !== 'style' && node.name !== 'title') {
        const el = node as Element;
        walk(el.children, isolated || (el.name !== 'html' && (el.name === 'bdi' || 'dir' in el.attribs)));
      }
    }
  };
  walk(parseDocument(html).children, false);
  return found;
}

describe('report language', () => {
  it('defaults to the article’s language, and is chosen with lang', () => {
    expect(markdownReport(db, seed())).toMatch(/^# تقرير التحقق: /);
    expect(markdownReport(db, { articleId: EN_ARTICLE_ID, exportedAt: EXPORTED_AT })).toMatch(/^# Fact-check report: /);
    expect(markdownReport(db, { articleId: EN_ARTICLE_ID, exportedAt: EXPORTED_AT, lang: 'ar' })).toMatch(/^# تقرير التحقق: \u2066Launch brief\u2069/);
    expect(htmlReport(db, seed())).toMatch(/<html lang="ar" dir="rtl">/);
    expect(htmlReport(db, seed('en'))).toMatch(/<html lang="en" dir="ltr">/);
    expect(reportLanguageOf('AR-eg')).toBe('ar');
    expect(reportLanguageOf('fr')).toBe('en');
    expect(isReportLanguage('fr')).toBe(false);
  });

  it('writes labels, status words and dates in the report’s language', () => {
    const md = markdownReport(db, seed('ar'));
    expect(md).toContain('- **آخر قرار:** \u2067عمر الشريف\u2069، \u20675 يوليو 2024 في 11:30 UTC\u2069 (غير مُراجَع ← مُتحقَّق منه)');
    expect(md).toContain(`| مُتنازَع عليه | ${REPORT_LABELS.ar.meanings.disputed} | 1 |`);
    expect(md).not.toMatch(/Status|Last decision|Unreviewed|Verified|Disputed|Evidence/);
    expect(reportTime('2026-11-29T22:24:00.000Z', 'en')).toBe('29 November 2026 at 22:24 UTC');
    expect(reportTime('2026-11-29T22:24:00.000Z', 'ar')).toBe('29 نوفمبر 2026 في 22:24 UTC');
    const html = htmlReport(db, seed('en'));
    expect(html).toContain('<span class="badge status-disputed">Disputed</span>');
    expect(html).not.toContain('مُتنازَع عليه');
  });

  it('isolates every piece of Latin text in an Arabic Markdown report, and Arabic in an English one', () => {
    const ar = markdownReport(db, seed('ar')).split('\n');
    expect(ar.filter((line) => LATIN.test(outsideIsolates(line)))).toEqual([]);
    // The line: a Latin name, a date and a status keep their order.
    expect(ar).toContain('  - \u2066<https://www.example.org/news/2024-06-18/putin-kim-summit-pyongyang>\u2069 (أضافه \u2066Mona Khalil\u2069، \u206729 نوفمبر 2026 في 22:24 UTC\u2069)');
    const en = markdownReport(db, seed('en')).split('\n');
    expect(en.filter((line) => ARABIC.test(outsideIsolates(line)))).toEqual([]);
  });

  it('isolates every text node of user text in the HTML report, in either language, and keeps URLs left to right', () => {
    for (const lang of ['ar', 'en'] as const) {
      const foreign = lang === 'ar' ? LATIN : ARABIC;
      const html = htmlReport(db, seed(lang));
      expect(unisolatedText(html).filter((t) => foreign.test(t))).toEqual([]);
      expect(html).toContain(`<span class="url" dir="ltr">${DATED_URL}</span>`);
      expect(html).toContain('<bdi lang="en" dir="ltr">Mona Khalil</bdi>');
    }
    expect(htmlReport(db, seed('ar'))).toContain('<time datetime="2026-11-29T22:24:00.000Z" dir="rtl">29 نوفمبر 2026 في 22:24 UTC</time>');
  });
});
