import { CLAIM_STATUSES, STATUS_INFO, type ClaimStatus } from '../domain/status.ts';
import type { Article } from '../domain/schemas.ts';
import { articleReports, type ArticleReport, type ClaimFacts, type ExportOptions, type ExportSource } from './source.ts';
import { displayTime, escapeHtml, languageTag, localeOf, safeUrl, type Locale } from './text.ts';
import { articleUrl } from './urls.ts';
import type { RatingScale } from '../domain/ratings.ts';
import { reportRating, scaleWords, signOffWords } from './verdict.ts';

/**
 * The printable HTML report: one self-contained file with the Markdown
 * report's content. `<html lang dir>` follow the article (for a workspace
 * of several languages, English left to right, each article carrying its
 * own). The report's own words are English, each in an isolated
 * `lang="en" dir="ltr"` span so their punctuation stays put on a
 * right-to-left page; every piece of user text is HTML-escaped and carries
 * the language and direction of its script.
 *
 * No script, no external request: the style sheet is inline, fonts are the
 * reader's own, and a Content-Security-Policy meta tag forbids anything
 * else even if a file is opened from disk. The print style sheet makes the
 * browser's "Save as PDF" a clean A4 document with the status colours kept.
 */
export function htmlReport(source: ExportSource, options: ExportOptions): string {
  const reports = articleReports(source, options.articleId);
  const root = documentLocale(reports.map((r) => r.article));
  const single = options.articleId !== undefined;
  const org = source.settings.organizationName;
  const title = single ? `Fact-check report: ${reports[0]!.article.title}` : `Fact-check report: ${org}`;
  const body = [
    `<header class="report-header">`,
    `<p class="report-org">${text(org, root)}</p>`,
    `<p class="report-exported">${en('Exported')} ${time(options.exportedAt)}${single ? '' : ` · ${en(`${reports.length} article${reports.length === 1 ? '' : 's'}`)}`}</p>`,
    `</header>`,
    ...reports.map((r) => articleSection(r, source, root, single)),
    legend(),
  ];
  return [
    '<!DOCTYPE html>',
    `<html lang="${escapeHtml(root.lang)}" dir="${root.dir}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'">`,
    '<meta name="referrer" content="no-referrer">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="Isnad">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    ...body,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** The article's language and direction; for several articles, theirs if they share one, else English. */
function documentLocale(articles: readonly Article[]): Locale {
  const first = articles[0];
  if (first && articles.every((a) => a.lang === first.lang && a.dir === first.dir)) return { lang: languageTag(first.lang), dir: first.dir };
  return { lang: 'en', dir: 'ltr' };
}

/** The report's own English words, isolated so they read right on a right-to-left page. */
const en = (words: string) => `<span lang="en" dir="ltr">${escapeHtml(words)}</span>`;

/** User text as an isolated inline run in the language and direction of its script. */
function text(value: string, fallback: Locale): string {
  const l = localeOf(value, fallback);
  return `<bdi lang="${escapeHtml(l.lang)}" dir="${l.dir}">${escapeHtml(value)}</bdi>`;
}

/** dir="ltr" isolates it: "2024-07-05 10:00 UTC" keeps its order on a right-to-left page. */
const time = (iso: string) => `<time datetime="${escapeHtml(iso)}" dir="ltr">${escapeHtml(displayTime(iso))}</time>`;

function badge(status: ClaimStatus): string {
  const info = STATUS_INFO[status];
  return `<span class="badge status-${status}">${en(info.label.en)} · <bdi lang="ar" dir="rtl">${escapeHtml(info.label.ar)}</bdi></span>`;
}

function articleSection(r: ArticleReport, source: ExportSource, root: Locale, single: boolean): string {
  const { article } = r;
  const loc: Locale = { lang: languageTag(article.lang), dir: article.dir };
  const h = single ? 'h1' : 'h2';
  const sub = single ? 'h2' : 'h3';
  const total = r.all.length;
  const reviewed = total - r.counts.unreviewed;
  const url = safeUrl(articleUrl(source.settings.reportBaseUrl, article.id));
  const meta: Array<[string, string]> = [
    ...(article.byline ? [['Byline', text(article.byline, loc)] as [string, string]] : []),
    ...(article.dateline ? [['Dateline', text(article.dateline, loc)] as [string, string]] : []),
    ['Language', en(`${article.lang}, ${article.dir === 'rtl' ? 'right to left' : 'left to right'}`)],
    ['Revision', `${article.revision} · ${en('last changed')} ${time(article.updatedAt)}`],
    ['Link', `<a href="${escapeHtml(url)}" dir="ltr">${escapeHtml(url)}</a>`],
    ['Checked by', text(source.settings.organizationName, root)],
  ];
  const counts = CLAIM_STATUSES.map(
    (s) => `<tr><th scope="row">${badge(s)}</th><td>${en(STATUS_INFO[s].meaning)}</td><td class="num">${r.counts[s]}</td></tr>`,
  );
  const parts = [
    `<article class="report" lang="${escapeHtml(loc.lang)}" dir="${loc.dir}" id="article-${escapeHtml(article.id)}">`,
    `<${h} class="report-title">${text(article.title, loc)}</${h}>`,
    `<dl class="meta">\n${meta.map(([k, v]) => `<dt>${en(k)}</dt><dd>${v}</dd>`).join('\n')}\n</dl>`,
    `<section class="counts"><${sub}>${en('Claims by status')}</${sub}>`,
    `<table><thead><tr><th scope="col">${en('Status')}</th><th scope="col">${en('Meaning')}</th><th scope="col" class="num">${en('Claims')}</th></tr></thead>`,
    `<tbody>\n${counts.join('\n')}\n</tbody>`,
    `<tfoot><tr><th scope="row">${en('Total')}</th><td></td><td class="num">${total}</td></tr></tfoot></table>`,
    `<p class="progress">${en(`Reviewed: ${reviewed} of ${total}${total ? ` (${Math.round((100 * reviewed) / total)}%)` : ''}. Orphaned: ${r.orphaned.length}.`)}</p>`,
    `</section>`,
    `<section class="claims"><${sub}>${en('Claims in reading order')}</${sub}>`,
    r.placed.length ? `<ol class="claim-list">\n${r.placed.map((f) => claimItem(f, loc, source.settings.ratings)).join('\n')}\n</ol>` : `<p>${en('No claims are placed in the text.')}</p>`,
    `</section>`,
  ];
  if (r.orphaned.length) {
    parts.push(
      `<section class="orphans"><${sub}>${en('Orphaned claims')}</${sub}>`,
      `<p>${en(`After a revision of the article (now revision ${article.revision}) the words of these claims could not be found again with confidence. They keep all their data but are not placed in the text.`)}</p>`,
      `<ol class="claim-list" start="${r.placed.length + 1}">\n${r.orphaned.map((f) => claimItem(f, loc, source.settings.ratings)).join('\n')}\n</ol>`,
      `</section>`,
    );
  }
  parts.push('</article>');
  return parts.join('\n');
}

function claimItem(f: ClaimFacts, loc: Locale, scale: RatingScale): string {
  const { claim } = f;
  const rating = reportRating(claim, scale);
  const info = STATUS_INFO[claim.status];
  const quoteLocale = localeOf(claim.target.quote.exact, loc);
  const d = f.lastDecision;
  const rows: Array<[string, string]> = [
    [
      'Public rating',
      rating
        ? `${text(rating.label.name.en, loc)} · <bdi lang="ar" dir="rtl">${escapeHtml(rating.label.name.ar)}</bdi> ${en(`(${scaleWords(rating)})`)}`
        : en('(none)'),
    ],
    ['Sign-off', `${en(signOffWords(claim))}${claim.approval ? ` ${text(claim.approval.by, loc)}, ${time(claim.approval.at)}` : ''}`],
    ['Summary', claim.summary ? text(claim.summary, loc) : en('(none)')],
    ['Source', claim.attributedTo ? text(claim.attributedTo, loc) : en('(not given)')],
    [
      'Position',
      claim.orphaned
        ? en(`not found in the current text (last known: code points ${claim.target.position.start}–${claim.target.position.end})`)
        : en(`code points ${claim.target.position.start}–${claim.target.position.end}`),
    ],
    ['Evidence', claim.evidence.length ? `<ul class="evidence">${claim.evidence.map((e) => evidenceItem(e, loc)).join('')}</ul>` : en('none recorded')],
  ];
  if (f.assignee !== null) rows.push(['Assigned to', f.assignee ? text(f.assignee, loc) : en('(a removed account)')]);
  rows.push(
    [
      'Last decision',
      d
        ? `${text(d.by, loc)}, ${time(d.at)} ${en(`(${d.from ? `${STATUS_INFO[d.from].label.en} → ` : 'captured as '}${STATUS_INFO[d.to].label.en})`)}`
        : en('none yet'),
    ],
    ['Captured by', `${text(claim.createdBy, loc)}, ${time(claim.createdAt)}`],
  );
  if (claim.explanation) {
    const l = localeOf(claim.explanation, loc);
    rows.push(['Explanation (public)', `<div class="note" lang="${escapeHtml(l.lang)}" dir="${l.dir}">${escapeHtml(claim.explanation)}</div>`]);
  }
  if (claim.note) {
    const l = localeOf(claim.note, loc);
    rows.push(['Notes', `<div class="note" lang="${escapeHtml(l.lang)}" dir="${l.dir}">${escapeHtml(claim.note)}</div>`]);
  }
  return [
    `<li class="claim status-${claim.status}${claim.orphaned ? ' orphaned' : ''}" id="claim-${escapeHtml(claim.id)}">`,
    `<p class="claim-head">${badge(claim.status)}</p>`,
    `<blockquote class="quote" lang="${escapeHtml(quoteLocale.lang)}" dir="${quoteLocale.dir}">${escapeHtml(claim.target.quote.exact)}</blockquote>`,
    `<p class="meaning">${en(info.meaning)}</p>`,
    `<dl class="fields">\n${rows.map(([k, v]) => `<dt>${en(k)}</dt><dd>${v}</dd>`).join('\n')}\n</dl>`,
    '</li>',
  ].join('\n');
}

function evidenceItem(e: ClaimFacts['claim']['evidence'][number], loc: Locale): string {
  const href = escapeHtml(safeUrl(e.url));
  const label = e.title ? text(e.title, loc) : `<span dir="ltr">${escapeHtml(e.url)}</span>`;
  const note = e.note ? ` · ${text(e.note, loc)}` : '';
  return `<li><a href="${href}" rel="noopener noreferrer">${label}</a>${note} <span class="by">${en('added by')} ${text(e.addedBy, loc)}, ${time(e.addedAt)}</span>${e.title ? `<br><span class="url" dir="ltr">${escapeHtml(e.url)}</span>` : ''}</li>`;
}

function legend(): string {
  const items = CLAIM_STATUSES.map(
    (s) => `<li><span class="swatch status-${s}" aria-hidden="true"></span>${badge(s)} ${en(STATUS_INFO[s].meaning)}</li>`,
  );
  return [
    `<footer class="legend"><h2>${en('Status legend')}</h2>`,
    `<ul>\n${items.join('\n')}\n</ul>`,
    `<p>${en('Positions count Unicode code points over the article body, its paragraphs joined by a blank line.')}</p>`,
    `</footer>`,
  ].join('\n');
}

const STATUS_STYLE = CLAIM_STATUSES.map((s) => `.status-${s}{--status:${STATUS_INFO[s].color};--tint:${STATUS_INFO[s].highlight}}`).join('');

/** Fonts are the reader's own (Noto and system faces): a report makes no request. */
const STYLE = `
${STATUS_STYLE}
*{box-sizing:border-box}
html{color-scheme:light}
body{margin:2rem auto;max-width:50rem;padding:0 1.25rem;color:#1f2933;background:#fff;font:1rem/1.65 "Noto Naskh Arabic","Noto Sans Arabic","Noto Sans","Segoe UI",Tahoma,Arial,sans-serif}
h1,h2,h3{line-height:1.3;margin:1.6em 0 .5em}
h1{font-size:1.6rem}h2{font-size:1.3rem}h3{font-size:1.1rem}
a{color:#1d5fa8;overflow-wrap:anywhere}
.report-header{border-block-end:2px solid #1f2933;padding-block-end:.5rem}
.report-header p{margin:.2rem 0}.report-org{font-weight:700}
.report{margin-block:2rem 3rem}
dl.meta,dl.fields{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem;margin:.75rem 0}
dt{font-weight:600;color:#52606d}dd{margin:0}
table{border-collapse:collapse;width:100%;margin:.5rem 0}
th,td{border-block-end:1px solid #d9e2ec;padding:.35rem .5rem;text-align:start;vertical-align:top}
.num{text-align:end;font-variant-numeric:tabular-nums}
.badge{display:inline-block;padding:.05rem .6rem;border-radius:1rem;background:var(--status);color:#fff;font-weight:600;font-size:.9rem;white-space:nowrap}
.claim-list{padding-inline-start:1.5rem}
.claim{margin-block:1.25rem;padding:.5rem 1rem;border-inline-start:.4rem solid var(--status);background:#fbfcfd;break-inside:avoid}
.claim-head{margin:.2rem 0}
.quote{margin:.5rem 0;padding:.5rem .75rem;background:var(--tint);white-space:pre-line;font-size:1.05rem}
.meaning{margin:.25rem 0;color:#3e4c59;font-style:italic}
.note{white-space:pre-line}
.evidence{margin:0;padding-inline-start:1.2rem}
.by,.url{color:#52606d;font-size:.85rem}
.orphaned{border-inline-start-style:dashed}
.legend{margin-block-start:3rem;border-block-start:1px solid #d9e2ec}
.legend ul{list-style:none;padding:0}.legend li{margin:.35rem 0}
.swatch{display:inline-block;width:1rem;height:1rem;margin-inline-end:.5rem;vertical-align:middle;background:var(--status);border-radius:.2rem}
.badge,.swatch,.quote,.claim{-webkit-print-color-adjust:exact;print-color-adjust:exact}
@page{size:A4;margin:16mm 14mm}
@media print{
body{margin:0;max-width:none;padding:0;font-size:10.5pt}
a{color:inherit;text-decoration:none}
h1,h2,h3{break-after:avoid}
.claim,.counts,tr,.legend li{break-inside:avoid}
.report+.report{break-before:page}
}
`.trim();
