import { stringify } from 'csv-stringify/sync';
import { STATUS_INFO } from '../../shared/domain/status.ts';
import { articleReports, type ExportOptions, type ExportSource } from '../../shared/exports/source.ts';
import type { RatingScale } from '../../shared/domain/ratings.ts';
import type { Claim } from '../../shared/domain/schemas.ts';
import { reportRating } from '../../shared/exports/verdict.ts';

/**
 * One row per claim, for spreadsheets. UTF-8 with a byte-order mark, which
 * is how Excel knows the file is UTF-8 (without it Arabic comes out as
 * mojibake). Cells a spreadsheet would run as a formula (starting with
 * = + - @, tab or carriage return) get a leading single quote, as OWASP
 * advises against CSV injection; numbers stay numbers. Orphaned claims have
 * no position in the current text: start and end stay empty.
 */
export const CSV_COLUMNS = [
  'article_id',
  'article_title',
  'claim_id',
  'status',
  'status_label',
  'quote',
  'summary',
  'source',
  'note',
  'evidence_urls',
  'assignee',
  'created_by',
  'created_at',
  'last_decision_by',
  'last_decision_at',
  'start',
  'end',
  'orphaned',
  // The public verdict and sign-off, after the columns older sheets expect.
  'rating',
  'rating_label',
  'rating_value',
  'explanation',
  'review',
  'approved_by',
  'approved_at',
] as const;

/**
 * What a spreadsheet may take for a formula: = + - @ (or their fullwidth
 * forms, which some spreadsheets fold to ASCII) at the start, after any
 * white space or line breaks; or a tab or line break first.
 */
const FORMULA_START = /^[\s\u3000]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]|^[\t\r\n]/;

/** OWASP: a cell that starts like a formula is prefixed with ' so it is shown as text. */
export function neutralizeCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

export function csvExport(source: ExportSource, options: ExportOptions): string {
  const rows = articleReports(source, options.articleId).flatMap((r) =>
    r.all.map(({ claim, lastDecision, assignee }) => [
      r.article.id,
      r.article.title,
      claim.id,
      claim.status,
      STATUS_INFO[claim.status].label.en,
      claim.target.quote.exact,
      claim.summary,
      claim.attributedTo,
      claim.note,
      claim.evidence.map((e) => e.url).join('\n'),
      assignee ?? '',
      claim.createdBy,
      claim.createdAt,
      lastDecision?.by ?? '',
      lastDecision?.at ?? '',
      claim.orphaned ? '' : claim.target.position.start,
      claim.orphaned ? '' : claim.target.position.end,
      claim.orphaned ? 'true' : 'false',
      ...verdictCells(claim, source.settings.ratings),
    ]),
  );
  const safe = rows.map((row) => row.map((cell) => (typeof cell === 'string' ? neutralizeCell(cell) : cell)));
  // Every text cell quoted, as OWASP also advises; CRLF line ends, as RFC 4180 has them.
  return stringify([[...CSV_COLUMNS], ...safe], { bom: true, record_delimiter: 'windows', quoted_string: true });
}

function verdictCells(claim: Claim, scale: RatingScale): Array<string | number> {
  const rating = reportRating(claim, scale);
  return [
    rating?.label.id ?? '',
    rating?.label.name.en ?? '',
    rating?.ratingValue ?? '',
    claim.explanation,
    claim.review,
    claim.approval?.by ?? '',
    claim.approval?.at ?? '',
  ];
}
