import { EXPORT_FORMATS, type ExportFormat } from '../../../shared/exports/formats.ts';
import type { ReportLanguage } from '../../../shared/exports/labels.ts';
import type { reportsMessages } from './reports.messages.ts';

/**
 * The download links of the reports and data exports. The server answers
 * each with `Content-Disposition: attachment` and a file name; a plain link
 * works because the session cookie goes with same-origin requests.
 */
export interface ExportLink {
  format: ExportFormat;
  /** The link's name (tests and people find it by this), as a key of the Reports catalogue. */
  label: keyof typeof reportsMessages;
  /** What the file is for, as the link's title (a catalogue key). */
  hint: keyof typeof reportsMessages;
}

export const EXPORT_LINKS: readonly ExportLink[] = [
  { format: 'md', label: 'mdLabel', hint: 'mdHint' },
  { format: 'html', label: 'htmlLabel', hint: 'htmlHint' },
  { format: 'csv', label: 'csvLabel', hint: 'csvHint' },
  { format: 'json', label: 'jsonLabel', hint: 'jsonHint' },
  { format: 'claimreview', label: 'claimreviewLabel', hint: 'claimreviewHint' },
  { format: 'w3c', label: 'w3cLabel', hint: 'w3cHint' },
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
