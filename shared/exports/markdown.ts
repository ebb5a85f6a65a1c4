import { CLAIM_STATUSES, type ClaimStatus } from '../domain/status.ts';
import { languageName, REPORT_DIR, reportLabels, reportNumber, reportTime, statusWord, type ReportLabels, type ReportLanguage } from './labels.ts';
import type { DigitStyle } from '../domain/interface-language.ts';
import { articleReports, reportLanguage, type ArticleReport, type ClaimFacts, type ExportOptions, type ExportSource } from './source.ts';
import { escapeMarkdown, escapeMarkdownLine, isolate, localeOf, safeUrl } from './text.ts';
import { articleUrl } from './urls.ts';
import type { RatingScale } from '../domain/ratings.ts';
import { ratingNames, reportRating, scaleWords, signOffWords } from './verdict.ts';

/**
 * The Markdown fact-check report: for each article its metadata, the counts
 * by status, every claim in reading order (quote, status and what it
 * means, public rating and sign-off, summary, source, evidence, public
 * explanation, notes, assignee, last decision), then
 * the orphaned claims apart.
 *
 * All user text is escaped (text.ts: no HTML, no Markdown markup survives)
 * and wrapped in Unicode directional isolates, so Arabic quotes read right
 * to left inside English lines (and English names left to right inside
 * Arabic ones) in any renderer. The report's own words, status words and
 * dates are in one language (labels.ts), chosen or the article's; dates and
 * URLs are isolated too, so "name, date (captured as …)" keeps its order.
 */
export function markdownReport(source: ExportSource, options: ExportOptions): string {
  const reports = articleReports(source, options.articleId);
  // The workspace's digits (settings.digits) unless the caller names them; an English report writes Latin ones whatever they are.
  const w = words(reportLanguage(options, reports.map((r) => r.article)), options.digits ?? source.settings.digits);
  const org = escapeMarkdown(source.settings.organizationName);
  const out: string[] = [];
  if (options.articleId === undefined) {
    out.push(`# ${w.l.factCheckReport}: ${isolate(org)}`, '', `${w.l.articles(reports.length)}${w.l.comma}${w.l.exported}: ${w.time(options.exportedAt)}.`, '');
    for (const r of reports) out.push(...articleSection(r, source, options, w, '##'));
  } else {
    out.push(...articleSection(reports[0]!, source, options, w, '#'));
  }
  out.push(...footer(w));
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}

const u = (text: string) => isolate(escapeMarkdown(text));

/** The report's language with its helpers: its labels, a status word, an isolated date and URL. */
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
    status: (s) => statusWord(s, lang),
    time: (iso) => isolate(reportTime(iso, lang, digits), REPORT_DIR[lang]),
  };
}

/** An autolink, isolated left to right so an Arabic line cannot reorder its parts. */
const autolink = (url: string) => isolate(`<${safeUrl(url)}>`, 'ltr');

function articleSection(r: ArticleReport, source: ExportSource, options: ExportOptions, w: Words, h: '#' | '##'): string[] {
  const { l } = w;
  const { article } = r;
  const sub = `${h}#`;
  const total = r.all.length;
  const reviewed = total - r.counts.unreviewed;
  const lines = [
    `${h} ${l.factCheckReport}: ${u(article.title)}`,
    '',
    `- **${l.article}:** ${u(article.title)}`,
    ...(article.byline ? [`- **${l.byline}:** ${u(article.byline)}`] : []),
    ...(article.dateline ? [`- **${l.dateline}:** ${u(article.dateline)}`] : []),
    `- **${l.language}:** ${escapeMarkdown(languageName(article.lang, w.lang))}${l.comma}${article.dir === 'rtl' ? l.rightToLeft : l.leftToRight}`,
    `- **${l.revision}:** ${w.n(article.revision)}${l.comma}${l.lastChanged} ${w.time(article.updatedAt)}`,
    `- **${l.link}:** ${autolink(articleUrl(source.settings.reportBaseUrl, article.id))}`,
    `- **${l.checkedBy}:** ${u(source.settings.organizationName)}`,
    `- **${l.exported}:** ${w.time(options.exportedAt)}`,
    '',
    `${sub} ${l.claimsByStatus}`,
    '',
    `| ${l.status} | ${l.meaning} | ${l.claims} |`,
    '| --- | --- | ---: |',
    ...CLAIM_STATUSES.map((s) => `| ${w.status(s)} | ${l.meanings[s]} | ${w.n(r.counts[s])} |`),
    `| **${l.total}** | | **${w.n(total)}** |`,
    '',
    `${l.reviewed(reviewed, total, total ? Math.round((100 * reviewed) / total) : null)} ${l.orphanedCount(r.orphaned.length)}`,
    '',
    `${sub} ${l.claimsInReadingOrder}`,
    '',
  ];
  if (r.placed.length === 0) lines.push(l.noClaimsPlaced, '');
  r.placed.forEach((f, i) => lines.push(...claimBlock(f, i + 1, article.dir, w, `${sub}#`, source.settings.ratings)));
  if (r.orphaned.length) {
    lines.push(`${sub} ${l.orphanedClaims}`, '', l.orphanedExplained(article.revision), '');
    r.orphaned.forEach((f, i) => lines.push(...claimBlock(f, r.placed.length + i + 1, article.dir, w, `${sub}#`, source.settings.ratings)));
  }
  return lines;
}

function claimBlock(f: ClaimFacts, n: number, articleDir: 'rtl' | 'ltr', w: Words, h: string, scale: RatingScale): string[] {
  const { l } = w;
  const { claim } = f;
  const rating = reportRating(claim, scale);
  const title = claim.summary || claim.target.quote.exact;
  const d = f.lastDecision;
  const { start, end } = claim.target.position;
  const lines = [
    `${h} ${n}. ${w.status(claim.status)}: ${u(cut(title, 120))}`,
    '',
    ...quoteLines(claim.target.quote.exact, localeOf(claim.target.quote.exact, { lang: '', dir: articleDir }).dir),
    '',
    `- **${l.status}:** ${w.status(claim.status)}. ${l.meanings[claim.status]}`,
    `- **${l.publicRating}:** ${rating ? `${ratingNames(rating, w.lang).map(u).join(' · ')} (${scaleWords(rating, l)})` : l.none}`,
    `- **${l.signOff}:** ${signOffWords(claim, l)}${claim.approval ? ` ${u(claim.approval.by)}${l.comma}${w.time(claim.approval.at)}` : ''}`,
    `- **${l.summary}:** ${claim.summary ? u(claim.summary) : l.none}`,
    `- **${l.source}:** ${claim.attributedTo ? u(f.source) : l.notGiven}${f.source !== claim.attributedTo ? ` (${l.asWritten} ${u(claim.attributedTo)})` : ''}`,
    `- **${l.position}:** ${claim.orphaned ? l.notFound(start, end) : l.codePoints(start, end)}`,
  ];
  if (claim.evidence.length) {
    lines.push(`- **${l.evidence}:**`);
    for (const e of claim.evidence) {
      const link = e.title ? isolate(`[${u(e.title)}](<${safeUrl(e.url)}>)`, 'ltr') : autolink(e.url);
      const note = e.note ? `: ${u(e.note)}` : '';
      lines.push(`  - ${link}${note} (${l.addedBy} ${u(e.addedBy)}${l.comma}${w.time(e.addedAt)})`);
    }
  } else {
    lines.push(`- **${l.evidence}:** ${l.noEvidence}`);
  }
  if (f.assignee !== null) lines.push(`- **${l.assignedTo}:** ${f.assignee ? u(f.assignee) : l.removedAccount}`);
  lines.push(
    d
      ? `- **${l.lastDecision}:** ${u(d.by)}${l.comma}${w.time(d.at)} (${d.from ? `${w.status(d.from)} ${l.arrow} ` : `${l.capturedAs} `}${w.status(d.to)})`
      : `- **${l.lastDecision}:** ${l.noDecision}`,
    `- **${l.capturedBy}:** ${u(claim.createdBy)}${l.comma}${w.time(claim.createdAt)}`,
    '',
  );
  if (claim.explanation) lines.push(`**${l.explanationPublic}:**`, '', ...paragraphLines(claim.explanation), '');
  if (claim.note) lines.push(`**${l.notes}:**`, '', ...paragraphLines(claim.note), '');
  return lines;
}

/** The quote as a block quote, each line isolated in its own direction. */
function quoteLines(quote: string, dir: 'rtl' | 'ltr'): string[] {
  return quote.split(/\r?\n/).map((line) => (line.trim() === '' ? '>' : `> ${isolate(escapeMarkdownLine(line), dir)}`));
}

/** Multi-line user text: blank lines separate paragraphs, single newlines are hard breaks. */
function paragraphLines(text: string): string[] {
  const out: string[] = [];
  const lines = text.split(/\r?\n/);
  lines.forEach((line, i) => {
    if (line.trim() === '') {
      if (out.length && out[out.length - 1] !== '') out.push('');
      return;
    }
    const next = lines[i + 1];
    const hardBreak = next !== undefined && next.trim() !== '' ? '\\' : '';
    out.push(`${isolate(escapeMarkdownLine(line))}${hardBreak}`);
  });
  return out;
}

function cut(text: string, max: number): string {
  const cps = Array.from(text.replace(/\s+/g, ' ').trim());
  return cps.length <= max ? cps.join('') : `${cps.slice(0, max - 1).join('')}…`;
}

function footer(w: Words): string[] {
  return ['---', '', `_${w.l.positionsNote}_`];
}
