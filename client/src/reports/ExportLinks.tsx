import { EXPORT_LINKS, exportHref } from './exportLinks.ts';
import './reports.css';

export interface ExportLinksProps {
  /** One article's downloads; without it, the whole workspace's. */
  articleId?: string;
  /** The visible heading of the group (its accessible name says the scope). */
  title?: string;
  /** Each link with a line saying what the file is for (the sidebar has room). */
  detailed?: boolean;
}

/**
 * The six downloads of one article or of the whole workspace. The printable
 * report opens in a new tab (print, or "Save as PDF"); the others are saved
 * as files under the server's file name.
 */
export function ExportLinks({ articleId, title, detailed = false }: ExportLinksProps) {
  const name = articleId === undefined ? 'Download the workspace' : 'Download this article';
  return (
    <div
      className={`exports${detailed ? ' is-detailed' : ''}`}
      role="group"
      aria-label={name}
      data-testid="exports"
      data-scope={articleId === undefined ? 'workspace' : 'article'}
    >
      <span className="exports-label" aria-hidden="true">
        {title ?? name}
      </span>
      <ul className="exports-list">
        {EXPORT_LINKS.map(({ format, label, hint }) => (
          <li key={format}>
            {format === 'html' ? (
              <a className="export-link" href={exportHref(format, articleId)} target="_blank" rel="noopener" title={detailed ? undefined : hint}>
                {label}
              </a>
            ) : (
              <a className="export-link" href={exportHref(format, articleId)} download title={detailed ? undefined : hint}>
                {label}
              </a>
            )}
            {detailed && <span className="export-hint">{hint}</span>}
          </li>
        ))}
      </ul>
    </div>
  );
}
