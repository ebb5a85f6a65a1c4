import { parse as parseCsv } from 'csv-parse/sync';
import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { bodyText } from '../../shared/domain/article.ts';
import { STATUS_INFO } from '../../shared/domain/status.ts';
import { claimReviews, claimReviewText } from '../../shared/exports/claimreview.ts';
import { DEFAULT_RATING_SCALE } from '../../shared/domain/ratings.ts';
import { htmlReport } from '../../shared/exports/html.ts';
import { jsonExport } from '../../shared/exports/json.ts';
import { markdownReport } from '../../shared/exports/markdown.ts';
import { datelineDate, escapeMarkdown, safeUrl } from '../../shared/exports/text.ts';
import { webAnnotations } from '../../shared/exports/w3c.ts';
import { OffsetIndex } from '../../shared/text/codepoints.ts';
import { csvExport, CSV_COLUMNS, neutralizeCell } from '../../server/exports/csv.ts';
import { SEED_ARTICLE_ID } from '../../server/seed/seed-article.ts';
import { buildFixture, EN_ARTICLE_ID, EXPORTED_AT, SETTINGS } from './fixture.ts';

const db = buildFixture();
// English reports (the seed's own language, Arabic, is tested in report-language.test.ts).
const seed = { articleId: SEED_ARTICLE_ID, exportedAt: EXPORTED_AT, lang: 'en' as const };
const workspace = { exportedAt: EXPORTED_AT, lang: 'en' as const };
const EVIL = '=HYPERLINK("http://evil")';

describe('Markdown report', () => {
  const md = markdownReport(db, seed);

  it('has the metadata, the counts by status, the claims in reading order and the orphans apart', () => {
    expect(md).toMatch(/^# Fact-check report: \u2067قبل توقيع وثائق مهمة/);
    expect(md).toContain('- **Byline:** \u2067أحمد سعد قاسم\u2069');
    expect(md).toContain('| Verified | Confirmed by independent evidence. | 2 |');
    expect(md).toContain('| **Total** | | **7** |');
    const placed = md.slice(md.indexOf('## Claims in reading order'), md.indexOf('## Orphaned claims'));
    const order = ['سيتم التوقيع على', 'بعد تسعة أشهر', 'زودت روسيا', 'اتهم البنتاجون', 'روسيا زودت كوريا', 'وثائق مهمة ومهمة'].map((q) => placed.indexOf(q));
    expect(order.every((at, i) => at > 0 && (i === 0 || at > order[i - 1]!))).toBe(true);
    expect(md.slice(md.indexOf('## Orphaned claims'))).toContain('\u2067الأولى منذ 24 عاما\u2069');
    expect(md).not.toContain('مطار بيونج يانج'); // the deleted claim
  });

  it('says what each status means, who decided last and when, and links the evidence', () => {
    expect(md).toContain(`- **Status:** Attributed. ${STATUS_INFO.attributed.meaning}`);
    expect(md).toContain('- **Last decision:** \u2067عمر الشريف\u2069, \u20665 July 2024 at 11:30 UTC\u2069 (Unreviewed → Verified)');
    expect(md).toContain('[\u2066Pentagon press briefing\u2069](<https://www.example.org/briefing?id=7&lang=en>)');
    expect(md).toContain('  - \u2066<https://archive.example.net/ua/missiles>\u2069');
    expect(md).toContain('- **Assigned to:** \u2066Mona\u2069');
  });

  it('gives each claim its public rating on the workspace scale, where sign-off stands, and the public explanation', () => {
    expect(md).toContain('- **Public rating:** \u2066True\u2069 · \u2067صحيح\u2069 (4 on a scale of 1 (worst) to 4 (best))');
    expect(md).toContain('- **Public rating:** \u2066Misleading\u2069 · \u2067مضلل\u2069 (2 on a scale of 1 (worst) to 4 (best))');
    expect(md).toContain('- **Sign-off:** Approved by \u2067عمر الشريف\u2069, \u20665 July 2024 at 12:00 UTC\u2069');
    expect(md).toContain('- **Sign-off:** Not yet marked ready');
    expect(md).toContain('**Explanation (public):**\n\n\u2067أكدت إحاطة البنتاغون في 13 يونيو ذلك، ونقلها أرشيف مستقل.\u2069');
    // Unreviewed and naming no label: no public rating.
    const satellite = md.slice(md.indexOf('روسيا زودت كوريا الشمالية بالخبرة'));
    expect(satellite.slice(0, satellite.indexOf('**Captured by:**'))).toContain('- **Public rating:** (none)');
  });

  it('wraps right-to-left quotes in isolates (RLI … PDI) so they read right inside English lines', () => {
    expect(md).toContain('> \u2067اتهم البنتاجون موسكو باستخدام الصواريخ الباليستية الكورية الشمالية في أوكرانيا\u2069');
  });

  it('renders no markup from user text (CommonMark + GFM, as marked renders it)', () => {
    const html = marked.parse(md, { async: false });
    expect(html).not.toMatch(/<script|<img|<b>|href="javascript:|<em>em<\/em>|<code>code<\/code>/i);
    expect(html).not.toMatch(/<strong>Checked<\/strong>/);
    expect(html).not.toMatch(/<h1[^>]*>\u2066?not a heading/);
    expect(html).toContain('&lt;script&gt;alert'); // shown as text
    // The only headings are the report's own.
    const headings = [...html.matchAll(/<h(\d)[^>]*>(.*?)<\/h\1>/g)].map((m) => m[2]!);
    expect(headings.filter((h) => !/^(Fact-check report|Claims|Orphaned|\d+\. )/.test(h))).toEqual([]);
  });

  it('escapes every Markdown and HTML special character in a line of user text', () => {
    expect(escapeMarkdown('# *a* _b_ [c](d) <e> & `f` | ~g~ $h$ {i} !j')).toBe(
      '\\# \\*a\\* \\_b\\_ \\[c\\]\\(d\\) &lt;e&gt; &amp; \\`f\\` \\| \\~g\\~ \\$h\\$ \\{i\\} \\!j',
    );
    expect(escapeMarkdown('1. not a list')).toBe('1\\. not a list');
    expect(escapeMarkdown('- item')).toBe('\\- item');
    expect(escapeMarkdown('= setext')).toBe('\\= setext');
    expect(escapeMarkdown('a\u2069b\u202Ec')).toBe('abc'); // bidi controls cannot break the isolate
  });

  it('reports the whole workspace, every article with its own section', () => {
    const all = markdownReport(db, workspace);
    expect(all).toMatch(/^# Fact-check report: \u2066Newsroom Verification Desk\u2069\n\n2 articles/);
    expect(all).toContain('## Fact-check report: \u2067قبل توقيع');
    expect(all).toContain('## Fact-check report: \u2066Launch brief\u2069');
    expect(all).toContain('> \u2066the launch happened on Tuesday\u2069');
  });
});

describe('HTML report', () => {
  const html = htmlReport(db, seed);

  it('is self-contained and printable: lang and dir of the report language, a print style sheet, no script, no external request', () => {
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="en" dir="ltr">/);
    expect(html).toContain('@media print{');
    expect(html).toContain('@page{size:A4');
    expect(html).not.toMatch(/<(script|link|img|iframe|object|embed|video|audio|source|base|form)\b/i);
    expect(html).not.toMatch(/<[^>]+\s(src|srcset|on\w+)=/i);
    expect(html).not.toMatch(/@import|url\(/i);
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'`);
    // The only links are the article's and the evidence, which are navigations, not requests.
    const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]);
    expect(hrefs).toEqual([
      'https://factcheck.example.org/isnad/#/articles/seed-putin-pyongyang',
      'https://www.example.org/briefing?id=7&amp;lang=en',
      'https://archive.example.net/ua/missiles',
    ]);
  });

  it('shows the public rating, sign-off and explanation, the explanation escaped like any user text', () => {
    expect(html).toContain('<dt>Public rating</dt>');
    expect(html).toContain('<bdi lang="ar" dir="rtl">مضلل</bdi>');
    expect(html).toContain('<dd>Approved by <bdi lang="ar" dir="rtl">عمر الشريف</bdi>');
    expect(html).toContain('&lt;/script&gt;&lt;script&gt;alert(2)&lt;/script&gt;');
    expect(html).not.toContain('alert(2)</script>');
  });

  it('escapes every piece of user text', () => {
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toContain('<b>bold');
  });

  it('shows status colours with a legend and every claim with its status badge', () => {
    for (const info of Object.values(STATUS_INFO)) {
      expect(html).toContain(`.status-${info.id}{--status:${info.color}`);
      expect(html).toContain(`<li><span class="swatch status-${info.id}"`);
    }
    expect(html).toContain('<li class="claim status-verified" id="claim-c-pentagon">');
    expect(html).toContain('<li class="claim status-disputed orphaned" id="claim-c-first-visit">');
    expect(html).toContain('<blockquote class="quote" lang="ar" dir="rtl">اتهم البنتاجون');
  });

  it('marks user text with the language and direction of its script', () => {
    expect(html).toContain('<bdi lang="en" dir="ltr">Western states say North Korea');
    expect(html).toContain('<bdi lang="ar" dir="rtl">البنتاغون يتهم');
  });

  it('for a workspace of several languages, is English left to right and each article\'s text carries its own', () => {
    const all = htmlReport(db, { exportedAt: EXPORTED_AT });
    expect(all).toMatch(/<html lang="en" dir="ltr">/);
    expect(all).toContain('<article class="report" id="article-seed-putin-pyongyang">\n<h2 class="report-title"><span class="kicker">Fact-check report</span> <bdi lang="ar" dir="rtl">قبل توقيع');
    expect(all).toContain(`<article class="report" id="article-${EN_ARTICLE_ID}">\n<h2 class="report-title"><span class="kicker">Fact-check report</span> <bdi lang="en" dir="ltr">Launch brief`);
  });
});

describe('CSV', () => {
  const csv = csvExport(db, workspace);
  const rows: string[][] = parseCsv(csv, { bom: true });
  const [header, ...claims] = rows;
  const row = (id: string) => Object.fromEntries(header!.map((h, i) => [h, claims.find((r) => r[2] === id)![i]]));

  it('has the public rating, explanation and sign-off of each claim', () => {
    expect(row('c-pentagon')).toMatchObject({ rating: 'true', rating_label: 'True', rating_value: '4', review: 'approved', approved_by: 'عمر الشريف', approved_at: '2024-07-05T12:00:00.000Z' });
    expect(row('c-pentagon').explanation).toBe(db.claims['c-pentagon']!.explanation);
    expect(row('c-munitions')).toMatchObject({ rating: 'misleading', rating_value: '2', review: 'none', approved_by: '' });
    expect(row('c-satellite')).toMatchObject({ rating: '', rating_label: '', rating_value: '', explanation: '' });
  });

  it('starts with a UTF-8 byte-order mark and reads back with Arabic intact', () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(header).toEqual([...CSV_COLUMNS]);
    expect(claims).toHaveLength(8); // seven on the seed article, one on the English one; not the deleted one
    expect(row('c-pentagon')).toMatchObject({
      article_id: SEED_ARTICLE_ID,
      article_title: db.articles[SEED_ARTICLE_ID]!.title,
      status: 'verified',
      status_label: 'Verified',
      quote: 'اتهم البنتاجون موسكو باستخدام الصواريخ الباليستية الكورية الشمالية في أوكرانيا',
      summary: 'البنتاغون يتهم موسكو باستخدام صواريخ كورية شمالية في أوكرانيا',
      source: 'the Pentagon',
      evidence_urls: 'https://www.example.org/briefing?id=7&lang=en\nhttps://archive.example.net/ua/missiles',
      created_by: 'Mona',
      last_decision_by: 'عمر الشريف',
      last_decision_at: '2024-07-05T11:30:00.000Z',
      orphaned: 'false',
    });
    expect(row('c-munitions').assignee).toBe('Mona');
  });

  it('neutralizes cells a spreadsheet would run as formulas', () => {
    expect(row('c-formula').summary).toBe(`'${EVIL}`);
    expect(row('c-formula').note).toBe(`'@channel +1 -1`);
    for (const cell of claims.flat()) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    expect(['=1', '+1', '-1', '@a', '\tx', '\rx', 'ok', '', 'a=1'].map(neutralizeCell)).toEqual(["'=1", "'+1", "'-1", "'@a", "'\tx", "'\rx", 'ok', '', 'a=1']);
    // Spreadsheets skip leading white space and fold fullwidth signs: these run as formulas too.
    const sneaky = [' =1+1', '\n=1+1', '\u3000=cmd', '\uFF1D1+1', '\uFF0B1', '\uFF0D1', '\uFF20SUM(A1)', '\nplain'];
    expect(sneaky.map(neutralizeCell)).toEqual(sneaky.map((s) => `'${s}`));
    expect([' plain', 'قال = نعم', '5-3'].map(neutralizeCell)).toEqual([' plain', 'قال = نعم', '5-3']);
  });

  it('gives positions in code points (an emoji before a claim counts as one), empty for orphans', () => {
    const launch = row('c-en-launch');
    const text = bodyText(db.articles[EN_ARTICLE_ID]!.body);
    expect(new OffsetIndex(text).slice(Number(launch.start), Number(launch.end))).toBe('the launch happened on Tuesday');
    expect(Number(launch.start)).toBe(Array.from('Officials said 🚀 ').length);
    expect(row('c-first-visit')).toMatchObject({ start: '', end: '', orphaned: 'true' });
  });
});

describe('ClaimReview', () => {
  const reviews = claimReviews(db, seed);
  const review = (id: string) => reviews.find((r) => r.url.endsWith(`/claims/${id}`))!;

  it('exports one ClaimReview per claim with a verdict; unreviewed claims have none', () => {
    expect(reviews.map((r) => r.url.split('/').pop())).toEqual(['c-kremlin', 'c-formula', 'c-munitions', 'c-pentagon', 'c-first-visit']);
  });

  it('puts attribution on the reviewed Claim and the verdict in reviewRating, by the workspace rating scale', () => {
    expect(review('c-kremlin')).toEqual({
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      url: 'https://factcheck.example.org/isnad/#/articles/seed-putin-pyongyang/claims/c-kremlin',
      claimReviewed: 'الكرملين: ستوقَّع "وثائق مهمة للغاية" خلال الزيارة',
      datePublished: '2024-07-05',
      author: { '@type': 'Organization', name: SETTINGS.organizationName, url: SETTINGS.reportBaseUrl },
      reviewRating: {
        '@type': 'Rating',
        ratingValue: 3,
        bestRating: 4,
        worstRating: 1,
        alternateName: 'غير مثبت',
      },
      itemReviewed: {
        '@type': 'Claim',
        author: { '@type': 'Organization', name: 'the Kremlin' },
        appearance: {
          '@type': 'CreativeWork',
          headline: db.articles[SEED_ARTICLE_ID]!.title,
          url: 'https://factcheck.example.org/isnad/#/articles/seed-putin-pyongyang',
          inLanguage: 'ar',
          datePublished: '2024-07-04',
          author: { '@type': 'Person', name: 'أحمد سعد قاسم' },
        },
      },
    });
    for (const r of reviews) {
      expect(r.reviewRating.worstRating).toBe(1);
      expect(r.reviewRating.bestRating).toBe(4);
      expect(r.reviewRating.alternateName.trim()).not.toBe('');
    }
    // Arabic article: the label's Arabic name; its explanation, when written, is ratingExplanation.
    expect(review('c-pentagon').reviewRating).toMatchObject({ ratingValue: 4, alternateName: 'صحيح', ratingExplanation: db.claims['c-pentagon']!.explanation });
    expect(review('c-first-visit').reviewRating).toMatchObject({ ratingValue: 1, alternateName: 'خاطئ' });
    // A label the claim names wins over its status's (attributed would be Unproven).
    expect(review('c-munitions').reviewRating).toMatchObject({ ratingValue: 2, alternateName: 'مضلل' });
    // An English article gets the English names.
    const en = claimReviews(db, { articleId: EN_ARTICLE_ID, exportedAt: EXPORTED_AT });
    expect(en.map((r) => r.reviewRating.alternateName)).toEqual(['True']);
  });

  it('follows the workspace scale: its values, its labels, and a status it maps to none is not published', () => {
    const scale = {
      worstRating: 1,
      bestRating: 6,
      labels: [...DEFAULT_RATING_SCALE.labels, { id: 'pants', ratingValue: 6, name: { en: 'Pants on fire', ar: 'كذب صريح' } }],
      byStatus: { attributed: null, verified: 'pants', disputed: 'false' },
    };
    const custom = claimReviews({ ...db, settings: { ...db.settings, ratings: scale } }, seed);
    expect(custom.map((r) => r.url.split('/').pop())).toEqual(['c-formula', 'c-munitions', 'c-pentagon', 'c-first-visit']);
    expect(custom.find((r) => r.url.endsWith('c-pentagon'))!.reviewRating).toMatchObject({ ratingValue: 6, bestRating: 6, alternateName: 'كذب صريح' });
  });

  it('reviews the quote when there is no summary, and leaves out an unknown source', () => {
    expect(review('c-first-visit').claimReviewed).toBe('الأولى منذ 24 عاما');
    expect(review('c-first-visit').itemReviewed.author).toBeUndefined();
  });

  it('can be pasted into a page’s <script type="application/ld+json">: no user text can close the block', () => {
    const withScript = { ...db, claims: { ...db.claims, 'c-script': { ...db.claims['c-script']!, status: 'disputed' as const } } };
    const text = claimReviewText(withScript, seed);
    expect(text).toContain('\\u003c/script\\u003e');
    expect(text).not.toMatch(/[<>]/);
    expect(JSON.parse(text)).toEqual(claimReviews(withScript, seed));
  });

  it('reads the publication date from datelines in Arabic or English', () => {
    expect(datelineDate('الخميس، 04 يوليو 2024')).toBe('2024-07-04');
    expect(datelineDate('الأربعاء ١٩ حزيران ٢٠٢٤')).toBe('2024-06-19');
    expect(datelineDate('July 6, 2024')).toBe('2024-07-06');
    expect(datelineDate('6 Jul 2024')).toBe('2024-07-06');
    expect(datelineDate('2024-02-30')).toBeUndefined();
    expect(datelineDate('Thursday')).toBeUndefined();
  });
});

describe('JSON', () => {
  it('is the documented, versioned shape with the full data, and no account secrets', () => {
    const doc = jsonExport(db, seed);
    expect(doc).toMatchObject({ format: 'isnad-export', version: 1, exportedAt: EXPORTED_AT, scope: { articleId: SEED_ARTICLE_ID } });
    expect(doc.articles.map((a) => a.id)).toEqual([SEED_ARTICLE_ID]);
    expect(doc.claims.map((c) => c.id)).toEqual(['c-kremlin', 'c-formula', 'c-munitions', 'c-pentagon', 'c-satellite', 'c-script', 'c-first-visit']);
    expect(doc.comments.map((c) => c.id)).toEqual(['cm-1']);
    expect(doc.history.filter((h) => h.claimId === 'c-first-visit').map((h) => h.action)).toEqual(['created', 'updated', 'orphaned']);
    expect(doc.people).toEqual([
      { id: 'u-layla', name: 'Layla Haddad' },
      { id: 'u-mona', name: 'Mona' },
      { id: 'u-omar', name: 'عمر الشريف' },
    ]);
    const text = JSON.stringify(doc);
    expect(text).not.toMatch(/passwordHash|@newsroom\.test|sessions|c-deleted/);
  });

  it('covers every article for the workspace', () => {
    const doc = jsonExport(db, workspace);
    expect(doc.scope).toEqual({ workspace: true });
    expect(doc.articles.map((a) => a.id)).toEqual([SEED_ARTICLE_ID, EN_ARTICLE_ID]);
    expect(doc.claims).toHaveLength(8);
  });
});

describe('W3C Web Annotations', () => {
  const collection = webAnnotations(db, seed);
  const annotation = (id: string) => collection.first.items.find((a) => a.id.endsWith(`/claims/${id}`))!;

  it('is an AnnotationCollection with one page of assessing annotations', () => {
    expect(collection).toMatchObject({ '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'AnnotationCollection', total: 7, first: { type: 'AnnotationPage' } });
    expect(collection.first.items).toHaveLength(7);
  });

  it('has the status as a tag, summary, note, rating and explanation as bodies with language and direction, and both selectors in code points', () => {
    const a = annotation('c-pentagon');
    expect(a).toMatchObject({ type: 'Annotation', motivation: 'assessing', creator: { type: 'Person', name: 'Mona' }, created: '2024-07-05T08:25:00.000Z' });
    expect(a.body).toEqual([
      { type: 'TextualBody', purpose: 'tagging', value: 'verified', format: 'text/plain' },
      { type: 'TextualBody', purpose: 'describing', value: db.claims['c-pentagon']!.summary, format: 'text/plain', language: 'ar', textDirection: 'rtl' },
      { type: 'TextualBody', purpose: 'commenting', value: db.claims['c-pentagon']!.note, format: 'text/plain', language: 'en', textDirection: 'ltr' },
      { type: 'TextualBody', purpose: 'classifying', value: 'صحيح', format: 'text/plain', language: 'ar', textDirection: 'rtl' },
      { type: 'TextualBody', purpose: 'assessing', value: db.claims['c-pentagon']!.explanation, format: 'text/plain', language: 'ar', textDirection: 'rtl' },
      { type: 'SpecificResource', purpose: 'linking', source: 'https://www.example.org/briefing?id=7&lang=en' },
      { type: 'SpecificResource', purpose: 'linking', source: 'https://archive.example.net/ua/missiles' },
    ]);
    const { quote, position } = db.claims['c-pentagon']!.target;
    expect(a.target).toEqual({
      type: 'SpecificResource',
      source: 'https://factcheck.example.org/isnad/#/articles/seed-putin-pyongyang',
      selector: [
        { type: 'TextQuoteSelector', exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix },
        { type: 'TextPositionSelector', start: position.start, end: position.end },
      ],
    });
  });

  it('gives an orphaned claim its quote only: its old position is not in the current text', () => {
    expect(annotation('c-first-visit').target.selector.map((s) => s.type)).toEqual(['TextQuoteSelector']);
  });
});

describe('URLs in markup', () => {
  it('percent-encodes what could end a link or an attribute early', () => {
    expect(safeUrl('https://x.example/a b"c<d>e\'f(g)h\\i')).toBe('https://x.example/a%20b%22c%3Cd%3Ee%27f%28g%29h%5Ci');
    expect(safeUrl('https://x.example/?q=1&r=2#frag')).toBe('https://x.example/?q=1&r=2#frag');
  });
});
