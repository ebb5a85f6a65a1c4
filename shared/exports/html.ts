import { CLAIM_STATUSES, STATUS_INFO, type ClaimStatus } from '../domain/status.ts';
import type { Article } from '../domain/schemas.ts';
import { languageName, REPORT_DIR, reportLabels, reportNumber, reportTime, statusWord, type ReportLabels, type ReportLanguage } from './labels.ts';
import type { DigitStyle } from '../domain/interface-language.ts';
import { articleReports, reportLanguage, type ArticleReport, type ClaimFacts, type ExportOptions, type ExportSource } from './source.ts';
import { escapeHtml, languageTag, localeOf, safeUrl, type Locale } from './text.ts';
import { articleUrl } from './urls.ts';
import type { RatingScale } from '../domain/ratings.ts';
import { ratingNames, reportRating, scaleWords, signOffWords } from './verdict.ts';

/**
 * The printable HTML report: one self-contained file with the Markdown
 * report's content. The page is in the report's language (labels.ts:
 * chosen, else the article's) and takes its direction, so an Arabic report
 * reads right to left throughout and an English one left to right. Every
 * piece of user text is HTML-escaped and isolated in a <bdi> carrying the
 * language and direction of its script; dates are isolated in the page's
 * direction and URLs left to right, each an unbreakable box that wraps
 * inside itself only when longer than a line, so no mixed line reorders.
 *
 * No script, no external request: the style sheet is inline, fonts are the
 * reader's own, and a Content-Security-Policy meta tag forbids anything
 * else even if a file is opened from disk. The print style sheet makes the
 * browser's "Save as PDF" a clean A4 document with the status colours kept.
 */
export function htmlReport(source: ExportSource, options: ExportOptions): string {
  const reports = articleReports(source, options.articleId);
  // The workspace's digits (settings.digits) unless the caller names them; an English report writes Latin ones whatever they are.
  const w = words(reportLanguage(options, reports.map((r) => r.article)), options.digits ?? source.settings.digits);
  const root = documentLocale(reports.map((r) => r.article));
  const single = options.articleId !== undefined;
  const org = source.settings.organizationName;
  const title = `${w.l.factCheckReport}: ${single ? reports[0]!.article.title : org}`;
  const body = [
    `<header class="report-header">`,
    `<p class="report-org">${text(org, root)}</p>`,
    `<p class="report-exported">${esc(w.l.exported)}: ${w.time(options.exportedAt)}${single ? '' : ` · ${esc(w.l.articles(reports.length))}`}</p>`,
    `</header>`,
    ...reports.map((r) => articleSection(r, source, root, w, single)),
    legend(w),
  ];
  return [
    '<!DOCTYPE html>',
    `<html lang="${w.lang}" dir="${REPORT_DIR[w.lang]}">`,
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

/** The articles' language and direction, for user text without letters of its own; for several, theirs if shared, else English. */
function documentLocale(articles: readonly Article[]): Locale {
  const first = articles[0];
  if (first && articles.every((a) => a.lang === first.lang && a.dir === first.dir)) return { lang: languageTag(first.lang), dir: first.dir };
  return { lang: 'en', dir: 'ltr' };
}

/** The report's language with its helpers: its labels, a status word, an isolated date. */
interface Words {
  lang: ReportLanguage;
  l: ReportLabels;
  status: (s: ClaimStatus) => string;
  time: (iso: string) => string;
  /** A count or revision number in the report's digits. */
  n: (value: number) => string;
}

function words(lang: ReportLanguage, digits: DigitStyle): Words {
  return {
    lang,
    l: reportLabels(lang, digits),
    n: (value) => reportNumber(value, lang === 'ar' ? digits : 'latn'),
    status: (s) => escapeHtml(statusWord(s, lang)),
    // Isolated in the page's direction: "29 نوفمبر 2026 في 22:24 UTC" keeps its order beside a Latin name.
    time: (iso) => `<time datetime="${escapeHtml(iso)}" dir="${REPORT_DIR[lang]}">${escapeHtml(reportTime(iso, lang, digits))}</time>`,
  };
}

const esc = escapeHtml;

/** User text as an isolated inline run in the language and direction of its script. */
function text(value: string, fallback: Locale): string {
  const l = localeOf(value, fallback);
  return `<bdi lang="${escapeHtml(l.lang)}" dir="${l.dir}">${escapeHtml(value)}</bdi>`;
}

/** A URL: left to right, one box that wraps within itself (never at a page edge mid-line, never reordered). */
const url = (value: string) => `<span class="url" dir="ltr">${escapeHtml(value)}</span>`;

function badge(status: ClaimStatus, w: Words): string {
  return `<span class="badge status-${status}">${w.status(status)}</span>`;
}

function articleSection(r: ArticleReport, source: ExportSource, root: Locale, w: Words, single: boolean): string {
  const { article } = r;
  const { l } = w;
  const loc: Locale = { lang: languageTag(article.lang), dir: article.dir };
  const h = single ? 'h1' : 'h2';
  const sub = single ? 'h2' : 'h3';
  const total = r.all.length;
  const reviewed = total - r.counts.unreviewed;
  const link = safeUrl(articleUrl(source.settings.reportBaseUrl, article.id));
  const meta: Array<[string, string]> = [
    ...(article.byline ? [[l.byline, text(article.byline, loc)] as [string, string]] : []),
    ...(article.dateline ? [[l.dateline, text(article.dateline, loc)] as [string, string]] : []),
    [l.language, esc(`${languageName(article.lang, w.lang)}${l.comma}${article.dir === 'rtl' ? l.rightToLeft : l.leftToRight}`)],
    [l.revision, `${w.n(article.revision)} · ${esc(l.lastChanged)} ${w.time(article.updatedAt)}`],
    [l.link, `<a href="${escapeHtml(link)}">${url(link)}</a>`],
    [l.checkedBy, text(source.settings.organizationName, root)],
  ];
  const counts = CLAIM_STATUSES.map(
    (s) => `<tr><th scope="row">${badge(s, w)}</th><td>${esc(l.meanings[s])}</td><td class="num">${w.n(r.counts[s])}</td></tr>`,
  );
  const parts = [
    `<article class="report" id="article-${escapeHtml(article.id)}">`,
    `<${h} class="report-title"><span class="kicker">${esc(l.factCheckReport)}</span> ${text(article.title, loc)}</${h}>`,
    `<dl class="meta">\n${meta.map(([k, v]) => `<dt>${esc(k)}</dt><dd>${v}</dd>`).join('\n')}\n</dl>`,
    `<section class="counts"><${sub}>${esc(l.claimsByStatus)}</${sub}>`,
    `<table><thead><tr><th scope="col">${esc(l.status)}</th><th scope="col">${esc(l.meaning)}</th><th scope="col" class="num">${esc(l.claims)}</th></tr></thead>`,
    `<tbody>\n${counts.join('\n')}\n</tbody>`,
    `<tfoot><tr><th scope="row">${esc(l.total)}</th><td></td><td class="num">${w.n(total)}</td></tr></tfoot></table>`,
    `<p class="progress">${esc(`${l.reviewed(reviewed, total, total ? Math.round((100 * reviewed) / total) : null)} ${l.orphanedCount(r.orphaned.length)}`)}</p>`,
    `</section>`,
    `<section class="claims"><${sub}>${esc(l.claimsInReadingOrder)}</${sub}>`,
    r.placed.length ? `<ol class="claim-list">\n${r.placed.map((f) => claimItem(f, loc, w, source.settings.ratings)).join('\n')}\n</ol>` : `<p>${esc(l.noClaimsPlaced)}</p>`,
    `</section>`,
  ];
  if (r.orphaned.length) {
    parts.push(
      `<section class="orphans"><${sub}>${esc(l.orphanedClaims)}</${sub}>`,
      `<p>${esc(l.orphanedExplained(article.revision))}</p>`,
      `<ol class="claim-list" start="${r.placed.length + 1}">\n${r.orphaned.map((f) => claimItem(f, loc, w, source.settings.ratings)).join('\n')}\n</ol>`,
      `</section>`,
    );
  }
  parts.push('</article>');
  return parts.join('\n');
}

function claimItem(f: ClaimFacts, loc: Locale, w: Words, scale: RatingScale): string {
  const { l } = w;
  const { claim } = f;
  const rating = reportRating(claim, scale);
  const quoteLocale = localeOf(claim.target.quote.exact, loc);
  const d = f.lastDecision;
  const { start, end } = claim.target.position;
  const rows: Array<[string, string]> = [
    [
      l.publicRating,
      rating
        ? (() => {
            const [first, second] = ratingNames(rating, w.lang);
            return `${text(first, loc)} · ${text(second, loc)} (${esc(scaleWords(rating, l))})`;
          })()
        : esc(l.none),
    ],
    [l.signOff, `${esc(signOffWords(claim, l))}${claim.approval ? ` ${text(claim.approval.by, loc)}${esc(l.comma)}${w.time(claim.approval.at)}` : ''}`],
    [l.summary, claim.summary ? text(claim.summary, loc) : esc(l.none)],
    [l.source, claim.attributedTo ? text(f.source, loc) + (f.source !== claim.attributedTo ? ` <small>${esc(l.asWritten)} ${text(claim.attributedTo, loc)}</small>` : '') : esc(l.notGiven)],
    [l.position, esc(claim.orphaned ? l.notFound(start, end) : l.codePoints(start, end))],
    [l.evidence, claim.evidence.length ? `<ul class="evidence">${claim.evidence.map((e) => evidenceItem(e, loc, w)).join('')}</ul>` : esc(l.noEvidence)],
  ];
  if (f.assignee !== null) rows.push([l.assignedTo, f.assignee ? text(f.assignee, loc) : esc(l.removedAccount)]);
  rows.push(
    [
      l.lastDecision,
      d
        ? `${text(d.by, loc)}${esc(l.comma)}${w.time(d.at)} (${d.from ? `${w.status(d.from)} ${l.arrow} ` : `${esc(l.capturedAs)} `}${w.status(d.to)})`
        : esc(l.noDecision),
    ],
    [l.capturedBy, `${text(claim.createdBy, loc)}${esc(l.comma)}${w.time(claim.createdAt)}`],
  );
  if (claim.explanation) {
    const el = localeOf(claim.explanation, loc);
    rows.push([l.explanationPublic, `<div class="note" lang="${escapeHtml(el.lang)}" dir="${el.dir}">${escapeHtml(claim.explanation)}</div>`]);
  }
  if (claim.note) {
    const nl = localeOf(claim.note, loc);
    rows.push([l.notes, `<div class="note" lang="${escapeHtml(nl.lang)}" dir="${nl.dir}">${escapeHtml(claim.note)}</div>`]);
  }
  return [
    `<li class="claim status-${claim.status}${claim.orphaned ? ' orphaned' : ''}" id="claim-${escapeHtml(claim.id)}">`,
    `<p class="claim-head">${badge(claim.status, w)}</p>`,
    `<blockquote class="quote" lang="${escapeHtml(quoteLocale.lang)}" dir="${quoteLocale.dir}">${escapeHtml(claim.target.quote.exact)}</blockquote>`,
    `<p class="meaning">${esc(l.meanings[claim.status])}</p>`,
    `<dl class="fields">\n${rows.map(([k, v]) => `<dt>${esc(k)}</dt><dd>${v}</dd>`).join('\n')}\n</dl>`,
    '</li>',
  ].join('\n');
}

function evidenceItem(e: ClaimFacts['claim']['evidence'][number], loc: Locale, w: Words): string {
  const href = escapeHtml(safeUrl(e.url));
  const label = e.title ? text(e.title, loc) : url(e.url);
  const note = e.note ? ` · ${text(e.note, loc)}` : '';
  return `<li><a href="${href}" rel="noopener noreferrer">${label}</a>${note} <span class="by">${esc(w.l.addedBy)} ${text(e.addedBy, loc)}${esc(w.l.comma)}${w.time(e.addedAt)}</span>${e.title ? `<br>${url(e.url)}` : ''}</li>`;
}

function legend(w: Words): string {
  const items = CLAIM_STATUSES.map(
    (s) => `<li><span class="swatch status-${s}" aria-hidden="true"></span>${badge(s, w)} ${esc(w.l.meanings[s])}</li>`,
  );
  return [
    `<footer class="legend"><h2>${esc(w.l.statusLegend)}</h2>`,
    `<ul>\n${items.join('\n')}\n</ul>`,
    `<p>${esc(w.l.positionsNote)}</p>`,
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
.by{color:#52606d;font-size:.85rem}
.kicker{display:block;font-size:.85rem;font-weight:600;color:#52606d}
.url{display:inline-block;max-width:100%;vertical-align:top;direction:ltr;unicode-bidi:isolate;text-align:left;overflow-wrap:anywhere;color:#52606d;font-size:.85rem}
a .url{color:inherit;font-size:inherit}
.orphaned{border-inline-start-style:dashed}
.legend{margin-block-start:3rem;border-block-start:1px solid #d9e2ec}
.legend ul{list-style:none;padding:0}.legend li{margin:.35rem 0}
.swatch{display:inline-block;width:1rem;height:1rem;margin-inline-end:.5rem;vertical-align:middle;background:var(--status);border-radius:.2rem}
.badge,.swatch,.quote,.claim{-webkit-print-color-adjust:exact;print-color-adjust:exact}
@page{size:A4;margin:16mm 14mm 18mm;@bottom-center{content:counter(page) " / " counter(pages);font:9pt "Noto Sans",Arial,sans-serif;color:#52606d}}
@media print{
body{margin:0;max-width:none;padding:0;font-size:10.5pt}
a{color:inherit;text-decoration:none}
h1,h2,h3{break-after:avoid}
.claim,.counts,tr,.legend,.meta{break-inside:avoid}
.url{font-size:8.5pt}
.report+.report{break-before:page}
}
`.trim();
