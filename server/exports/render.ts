import { claimReviewText } from '../../shared/exports/claimreview.ts';
import { EXPORT_FORMAT_INFO, exportFileName, type ExportFormat } from '../../shared/exports/formats.ts';
import { htmlReport } from '../../shared/exports/html.ts';
import { jsonExportText } from '../../shared/exports/json.ts';
import { markdownReport } from '../../shared/exports/markdown.ts';
import type { ExportOptions, ExportSource } from '../../shared/exports/source.ts';
import { webAnnotationsText } from '../../shared/exports/w3c.ts';
import { csvExport } from './csv.ts';

/** One export, ready to send or write: the REST routes and the CLI both go through here. */
export interface RenderedExport {
  body: string;
  contentType: string;
  fileName: string;
}

const BUILDERS: Record<ExportFormat, (source: ExportSource, options: ExportOptions) => string> = {
  md: markdownReport,
  html: htmlReport,
  csv: csvExport,
  json: jsonExportText,
  claimreview: claimReviewText,
  w3c: webAnnotationsText,
};

/** The caller has checked that `options.articleId`, if given, names an article of `source`. */
export function renderExport(format: ExportFormat, source: ExportSource, options: ExportOptions): RenderedExport {
  return {
    body: BUILDERS[format](source, options),
    contentType: EXPORT_FORMAT_INFO[format].contentType,
    fileName: exportFileName(format, options.articleId, options.exportedAt),
  };
}
