import { EXPORT_FORMATS, type ExportFormat } from '../../../shared/exports/formats.ts';
import type { ReportLanguage } from '../../../shared/exports/labels.ts';

/**
 * The download links of the reports and data exports. The server answers
 * each with `Content-Disposition: attachment` and a file name; a plain link
 * works because the session cookie goes with same-origin requests.
 */
export interface ExportLink {
  format: ExportFormat;
  /** The link's name (tests and people find it by this). */
  label: string;
  /** What the file is for, as the link's title. */
  hint: string;
}

export const EXPORT_LINKS: readonly ExportLink[] = [
  { format: 'md', label: 'Markdown report', hint: 'The report as Markdown, for a CMS or a repository.' },
  { format: 'html', label: 'Printable report', hint: 'Opens in a new tab: print it, or "Save as PDF".' },
  { format: 'csv', label: 'CSV', hint: 'One row per claim, for a spreadsheet.' },
  { format: 'json', label: 'JSON data', hint: 'All the data; can be imported again.' },
  { format: 'claimreview', label: 'ClaimReview', hint: 'schema.org ClaimReview (JSON-LD) for search engines and fact-check aggregators.' },
  { format: 'w3c', label: 'W3C annotations', hint: 'W3C Web Annotations (JSON-LD); can be imported again.' },
];

// Every format the server offers has a link.
if (EXPORT_LINKS.length !== EXPORT_FORMATS.length) throw new Error('an export format has no link');

/**
 * `/api/articles/<id>/export?format=F` for one article, `/api/export?format=F`
 * for the whole workspace. The printable report asks to be shown rather
 * than saved (`disposition=inline`), so it opens in its own tab. The two
 * reports take `lang` (ar|en); without it they are in the article's language.
 */
export function exportHref(format: ExportFormat, articleId?: string, lang?: ReportLanguage): string {
  const base = articleId === undefined ? '/api/export' : `/api/articles/${encodeURIComponent(articleId)}/export`;
  const language = lang && isReport(format) ? `&lang=${lang}` : '';
  return `${base}?format=${format}${language}${format === 'html' ? '&disposition=inline' : ''}`;
}

/** The formats written in words (the others are data), which come in a chosen language. */
export const isReport = (format: ExportFormat) => format === 'md' || format === 'html';
