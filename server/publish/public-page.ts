import { createHash } from 'node:crypto';
import { embeddableJson, escapeHtml, localeOf, safeUrl, type Locale } from '../../shared/exports/text.ts';
import { claimReviewMarkup } from '../../shared/publish/claimreview-markup.ts';
import { LABELS, type PageLabels } from '../../shared/publish/labels.ts';
import { publicPageUrl, type Publication } from '../../shared/publish/publication.ts';
import { pageLanguage, type PublishedClaim } from '../../shared/publish/report.ts';
import { PAGE_STYLE } from './page-style.ts';

/**
 * The public fact-check page: one HTML string built from a published
 * version alone (never from live claims), text only — every piece of user
 * text is escaped, links are http(s) and percent-encoded — in the
 * article's language and direction, with its ClaimReview JSON-LD.
 *
 * The policy allows exactly the page's own style sheet (by its hash) and
 * nothing else: no script runs here. The JSON-LD block is a data block the
 * browser never executes, so it needs no script permission, and its JSON is
 * escaped so no text in it can close the block (embeddableJson).
 */
const STYLE_HASH = createHash('sha256').update(PAGE_STYLE).digest('base64');
export const PUBLIC_PAGE_CSP = `default-src 'none'; style-src 'sha256-${STYLE_HASH}'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`;

export function publicPage(p: Publication, reportBaseUrl: string): string {
  const { report } = p;
  const L = LABELS[pageLanguage(report.lang)];
  const loc: Locale = { lang: report.lang, dir: report.dir };
  const url = publicPageUrl(reportBaseUrl, p.slug);
  const markup = claimReviewMarkup(report, url);
  const date = dateFormat(report.lang);
  const updated = p.version > 1 ? `<span> · ${escapeHtml(L.updated)} ${time(p.publishedAt, date)}</span>` : '';
  const head = [
    `<meta name="viewport" content="width=device-width, initial-scale=1">`,
    `<meta name="referrer" content="strict-origin-when-cross-origin">`,
    `<link rel="canonical" href="${escapeHtml(safeUrl(url))}">`,
    ...(markup.length ? [`<script type="application/ld+json">\n${embeddableJson(markup)}</script>`] : []),
  ];
  const body = [
    `<header class="page-header">`,
    `<p class="kicker">${escapeHtml(L.factCheck)} · ${text(report.organizationName, loc)}</p>`,
    `<h1>${text(report.title, loc)}</h1>`,
    `<p class="dates">${escapeHtml(L.published)} ${time(p.firstPublishedAt, date)}${updated}</p>`,
    `<p class="article-meta">${articleMeta(p, L, loc)}</p>`,
    `<p class="count">${escapeHtml(L.claims(report.claims.length))}</p>`,
    `</header>`,
    `<ol class="claims">`,
    ...report.claims.map((c) => claimItem(c, L, loc, date)),
    `</ol>`,
    corrections(p, L, loc, date),
    `<footer class="page-footer"><p>${escapeHtml(L.publishedBy)} ${link(report.organizationUrl, text(report.organizationName, loc))}</p></footer>`,
  ];
  return documentOf(loc, `${L.factCheck}: ${report.title}`, head, body);
}

/** 410 for a withdrawn page, 404 for an address that never had one: a short notice, nothing of the report. */
export function noticePage(kind: 'unpublished' | 'not_found', lang: string, dir: 'rtl' | 'ltr'): string {
  const L = LABELS[pageLanguage(lang)];
  const [title, message] = kind === 'unpublished' ? [L.unpublishedTitle, L.unpublishedText] : [L.notFoundTitle, L.notFoundText];
  return documentOf({ lang, dir }, title, [`<meta name="robots" content="noindex">`], [`<main class="notice"><h1>${escapeHtml(title)}</h1><p>${escapeHtml(message)}</p></main>`]);
}

function documentOf(loc: Locale, title: string, head: string[], body: string[]): string {
  return [
    '<!DOCTYPE html>',
    `<html lang="${escapeHtml(loc.lang)}" dir="${loc.dir}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<title>${escapeHtml(title)}</title>`,
    ...head,
    `<style>${PAGE_STYLE}</style>`,
    '</head>',
    '<body>',
    ...body,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function articleMeta(p: Publication, L: PageLabels, loc: Locale): string {
  const r = p.report;
  const parts = [
    ...(r.byline ? [`${escapeHtml(L.byline)} ${text(r.byline, loc)}`] : []),
    ...(r.dateline ? [text(r.dateline, loc)] : []),
    ...(r.originalUrl ? [link(r.originalUrl, escapeHtml(L.originalArticle))] : []),
  ];
  return parts.join(' · ');
}

function claimItem(c: PublishedClaim, L: PageLabels, loc: Locale, date: Intl.DateTimeFormat): string {
  const tone = c.rating ? toneOf(c.rating) : 'none';
  const quoteLoc = localeOf(c.quote.slice(0, 160), loc);
  const rows = [
    `<dt>${escapeHtml(L.source)}</dt><dd>${c.source ? text(c.source, loc) : escapeHtml(L.sourceUnknown)}</dd>`,
    ...(c.explanation ? [`<dt>${escapeHtml(L.explanation)}</dt><dd class="explanation">${text(c.explanation, loc, 'div')}</dd>`] : []),
    ...(c.evidence.length
      ? [`<dt>${escapeHtml(L.evidence)}</dt><dd><ul class="evidence">${c.evidence.map((e) => `<li>${link(e.url, e.title ? text(e.title, loc) : `<span dir="ltr">${escapeHtml(e.url)}</span>`)}</li>`).join('')}</ul></dd>`]
      : []),
  ];
  const dates = [`${escapeHtml(L.published)} ${time(c.firstPublishedAt, date)}`, ...(c.updatedAt ? [`${escapeHtml(L.updated)} ${time(c.updatedAt, date)}`] : [])];
  return [
    `<li class="claim tone-${tone}" id="claim-${escapeHtml(c.claimId)}">`,
    `<h2 class="claim-reviewed">${text(c.claimReviewed, loc)}</h2>`,
    `<p class="verdict"><span class="verdict-label">${escapeHtml(L.verdict)}:</span> <strong class="rating">${escapeHtml(c.rating?.alternateName ?? L.noRating)}</strong></p>`,
    `<figure class="context"><blockquote lang="${escapeHtml(quoteLoc.lang)}" dir="${quoteLoc.dir}">${contextOf(c)}</blockquote><figcaption>${escapeHtml(L.inContext)}</figcaption></figure>`,
    `<dl class="fields">${rows.join('')}</dl>`,
    `<p class="claim-dates">${dates.join(' · ')}</p>`,
    `</li>`,
  ].join('\n');
}

/** The quoted words marked inside the words around them, as they stood in the article. */
function contextOf(c: PublishedClaim): string {
  const squash = (s: string) => s.replace(/\s+/g, ' ');
  const before = squash(c.prefix);
  const after = squash(c.suffix);
  return `${before ? `…${escapeHtml(before)}` : ''}<mark>${escapeHtml(squash(c.quote))}</mark>${after ? `${escapeHtml(after)}…` : ''}`;
}

function corrections(p: Publication, L: PageLabels, loc: Locale, date: Intl.DateTimeFormat): string {
  if (p.corrections.length === 0) return '';
  // Newest first: a returning reader sees what changed since they last read.
  const items = [...p.corrections].reverse().map((c) => `<li><strong>${escapeHtml(L.updatedOn(date.format(new Date(c.at))))}:</strong> ${text(L.correction(c), loc)}</li>`);
  return [`<section class="corrections" id="corrections">`, `<h2>${escapeHtml(L.corrections)}</h2>`, `<ul>`, ...items, `</ul>`, `</section>`].join('\n');
}

/** Where the rating sits on its scale, for the verdict's colour: the lowest third, the middle, the top third. */
function toneOf(r: NonNullable<PublishedClaim['rating']>): 'low' | 'mid' | 'high' {
  const at = (r.ratingValue - r.worstRating) / Math.max(1, r.bestRating - r.worstRating);
  return at < 1 / 3 ? 'low' : at > 2 / 3 ? 'high' : 'mid';
}

/**
 * User text, isolated in the language and direction of its script. The
 * script is judged on its first letters: counting every letter of every
 * explanation made a 300-claim page take 300 ms to build.
 */
function text(value: string, fallback: Locale, tag: 'bdi' | 'div' = 'bdi'): string {
  const l = localeOf(value.slice(0, 160), fallback);
  return `<${tag} lang="${escapeHtml(l.lang)}" dir="${l.dir}">${escapeHtml(value)}</${tag}>`;
}

function link(url: string, label: string): string {
  return `<a href="${escapeHtml(safeUrl(url))}" rel="noopener noreferrer">${label}</a>`;
}

/** Dates in the page's language, with Western digits as the seed article itself writes them; always UTC. */
function dateFormat(lang: string): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat(pageLanguage(lang) === 'ar' ? 'ar-u-nu-latn' : 'en-GB', { dateStyle: 'long', timeZone: 'UTC' });
}

function time(iso: string, date: Intl.DateTimeFormat): string {
  return `<time datetime="${escapeHtml(iso)}">${escapeHtml(date.format(new Date(iso)))}</time>`;
}
