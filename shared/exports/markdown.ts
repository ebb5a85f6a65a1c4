import { CLAIM_STATUSES, STATUS_INFO, type ClaimStatus } from '../domain/status.ts';
import { articleReports, type ArticleReport, type ClaimFacts, type ExportOptions, type ExportSource } from './source.ts';
import { displayTime, escapeMarkdown, escapeMarkdownLine, isolate, localeOf, safeUrl } from './text.ts';
import { articleUrl } from './urls.ts';
import type { RatingScale } from '../domain/ratings.ts';
import { reportRating, scaleWords, signOffWords } from './verdict.ts';

/**
 * The Markdown fact-check report: for each article its metadata, the counts
 * by status, every claim in reading order (quote, status and what it
 * means, public rating and sign-off, summary, source, evidence, public
 * explanation, notes, assignee, last decision), then
 * the orphaned claims apart.
 *
 * All user text is escaped (text.ts: no HTML, no Markdown markup survives)
 * and wrapped in Unicode directional isolates, so Arabic quotes read right
 * to left inside English lines in any renderer.
 */
export function markdownReport(source: ExportSource, options: ExportOptions): string {
  const reports = articleReports(source, options.articleId);
  const org = escapeMarkdown(source.settings.organizationName);
  const out: string[] = [];
  if (options.articleId === undefined) {
    out.push(`# Fact-check report: ${isolate(org)}`, '', `${reports.length} article${reports.length === 1 ? '' : 's'}, exported ${displayTime(options.exportedAt)}.`, '');
    for (const r of reports) out.push(...articleSection(r, source, options, '##'));
  } else {
    out.push(...articleSection(reports[0]!, source, options, '#'));
  }
  out.push(...footer());
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}

const u = (text: string) => isolate(escapeMarkdown(text));
export const statusLabelMd = (s: ClaimStatus) => `${STATUS_INFO[s].label.en} · ${isolate(STATUS_INFO[s].label.ar, 'rtl')}`;

function articleSection(r: ArticleReport, source: ExportSource, options: ExportOptions, h: '#' | '##'): string[] {
  const { article } = r;
  const sub = `${h}#`;
  const total = r.all.length;
  const reviewed = total - r.counts.unreviewed;
  const lines = [
    `${h} Fact-check report: ${u(article.title)}`,
    '',
    `- **Article:** ${u(article.title)}`,
    ...(article.byline ? [`- **Byline:** ${u(article.byline)}`] : []),
    ...(article.dateline ? [`- **Dateline:** ${u(article.dateline)}`] : []),
    `- **Language:** ${escapeMarkdown(article.lang)}, ${article.dir === 'rtl' ? 'right to left' : 'left to right'}`,
    `- **Revision:** ${article.revision}, last changed ${displayTime(article.updatedAt)}`,
    `- **Link:** <${safeUrl(articleUrl(source.settings.reportBaseUrl, article.id))}>`,
    `- **Checked by:** ${u(source.settings.organizationName)}`,
    `- **Exported:** ${displayTime(options.exportedAt)}`,
    '',
    `${sub} Claims by status`,
    '',
    '| Status | Meaning | Claims |',
    '| --- | --- | ---: |',
    ...CLAIM_STATUSES.map((s) => `| ${statusLabelMd(s)} | ${STATUS_INFO[s].meaning} | ${r.counts[s]} |`),
    `| **Total** | | **${total}** |`,
    '',
    `Reviewed: ${reviewed} of ${total}${total ? ` (${Math.round((100 * reviewed) / total)}%)` : ''}. Orphaned: ${r.orphaned.length}.`,
    '',
    `${sub} Claims in reading order`,
    '',
  ];
  if (r.placed.length === 0) lines.push('No claims are placed in the text.', '');
  const scale = source.settings.ratings;
  r.placed.forEach((f, i) => lines.push(...claimBlock(f, i + 1, article.dir, `${sub}#`, scale)));
  if (r.orphaned.length) {
    lines.push(
      `${sub} Orphaned claims`,
      '',
      `After a revision of the article (now revision ${article.revision}) the words of these claims could not be found again with confidence. They keep all their data but are not placed in the text.`,
      '',
    );
    r.orphaned.forEach((f, i) => lines.push(...claimBlock(f, r.placed.length + i + 1, article.dir, `${sub}#`, scale)));
  }
  return lines;
}

function claimBlock(f: ClaimFacts, n: number, articleDir: 'rtl' | 'ltr', h: string, scale: RatingScale): string[] {
  const { claim } = f;
  const rating = reportRating(claim, scale);
  const title = claim.summary || claim.target.quote.exact;
  const info = STATUS_INFO[claim.status];
  const d = f.lastDecision;
  const lines = [
    `${h} ${n}. ${info.label.en}: ${u(cut(title, 120))}`,
    '',
    ...quoteLines(claim.target.quote.exact, localeOf(claim.target.quote.exact, { lang: '', dir: articleDir }).dir),
    '',
    `- **Status:** ${statusLabelMd(claim.status)}. ${info.meaning}`,
    `- **Public rating:** ${rating ? `${u(rating.label.name.en)} · ${u(rating.label.name.ar)} (${scaleWords(rating)})` : '(none)'}`,
    `- **Sign-off:** ${signOffWords(claim)}${claim.approval ? ` ${u(claim.approval.by)}, ${displayTime(claim.approval.at)}` : ''}`,
    `- **Summary:** ${claim.summary ? u(claim.summary) : '(none)'}`,
    `- **Source:** ${claim.attributedTo ? u(claim.attributedTo) : '(not given)'}`,
    claim.orphaned
      ? `- **Position:** not found in the current text (last known: code points ${claim.target.position.start}–${claim.target.position.end})`
      : `- **Position:** code points ${claim.target.position.start}–${claim.target.position.end}`,
  ];
  if (claim.evidence.length) {
    lines.push('- **Evidence:**');
    for (const e of claim.evidence) {
      const link = e.title ? `[${u(e.title)}](<${safeUrl(e.url)}>)` : `<${safeUrl(e.url)}>`;
      const note = e.note ? `: ${u(e.note)}` : '';
      lines.push(`  - ${link}${note} (added by ${u(e.addedBy)}, ${displayTime(e.addedAt)})`);
    }
  } else {
    lines.push('- **Evidence:** none recorded');
  }
  if (f.assignee !== null) lines.push(`- **Assigned to:** ${f.assignee ? u(f.assignee) : '(a removed account)'}`);
  lines.push(
    d
      ? `- **Last decision:** ${u(d.by)}, ${displayTime(d.at)} (${d.from ? `${STATUS_INFO[d.from].label.en} → ` : 'captured as '}${STATUS_INFO[d.to].label.en})`
      : '- **Last decision:** none yet',
    `- **Captured by:** ${u(claim.createdBy)}, ${displayTime(claim.createdAt)}`,
    '',
  );
  if (claim.explanation) lines.push('**Explanation (public):**', '', ...paragraphLines(claim.explanation), '');
  if (claim.note) lines.push('**Notes:**', '', ...paragraphLines(claim.note), '');
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

function footer(): string[] {
  return ['---', '', '_Positions count Unicode code points over the article body, its paragraphs joined by a blank line._'];
}
