/**
 * The export formats, with how each is served and named. The builders of
 * md, html, json, claimreview and w3c are pure and live beside this file;
 * csv needs csv-stringify and is built on the server (server/exports/csv.ts).
 */
export const EXPORT_FORMATS = ['md', 'html', 'csv', 'json', 'claimreview', 'w3c'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportFormatInfo {
  label: string;
  /** Content-Type of the download (Express adds `; charset=utf-8`). */
  contentType: string;
  /** File name ending, after the dot. */
  extension: string;
}

export const EXPORT_FORMAT_INFO: Record<ExportFormat, ExportFormatInfo> = {
  md: { label: 'Markdown report', contentType: 'text/markdown', extension: 'md' },
  html: { label: 'Printable HTML report', contentType: 'text/html', extension: 'html' },
  csv: { label: 'Spreadsheet (CSV)', contentType: 'text/csv', extension: 'csv' },
  json: { label: 'Isnad JSON (can be imported)', contentType: 'application/json', extension: 'json' },
  claimreview: { label: 'schema.org ClaimReview (JSON-LD)', contentType: 'application/ld+json', extension: 'claimreview.jsonld' },
  // The Web Annotation Protocol's media type for annotations.
  w3c: { label: 'W3C Web Annotations (JSON-LD, can be imported)', contentType: 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"', extension: 'annotations.jsonld' },
};

export function isExportFormat(value: unknown): value is ExportFormat {
  return typeof value === 'string' && (EXPORT_FORMATS as readonly string[]).includes(value);
}

/** isnad-<article id or "workspace">-<date of export>.<extension>; ids are ASCII letters, digits, - and _. */
export function exportFileName(format: ExportFormat, articleId: string | undefined, exportedAt: string): string {
  return `isnad-${articleId ?? 'workspace'}-${exportedAt.slice(0, 10)}.${EXPORT_FORMAT_INFO[format].extension}`;
}
