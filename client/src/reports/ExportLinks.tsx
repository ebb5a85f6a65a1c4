import { useId, useState } from 'react';
import { isReportLanguage, type ReportLanguage } from '../../../shared/exports/labels.ts';
import { EXPORT_LINKS, exportHref } from './exportLinks.ts';
import './reports.css';

// Interface words, kept together for the i18n sweep; language names are written in their own language.
const strings = {
  reportLanguage: 'Report language',
  articleLanguage: 'The article’s language',
};
const LANGUAGE_OPTIONS: Array<{ value: ReportLanguage; label: string; lang: string }> = [
  { value: 'ar', label: 'العربية', lang: 'ar' },
  { value: 'en', label: 'English', lang: 'en' },
];

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
  const [lang, setLang] = useState<ReportLanguage | undefined>(undefined);
  const langId = useId();
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
      <label className="exports-language" htmlFor={langId}>
        {strings.reportLanguage}
        <select id={langId} value={lang ?? ''} onChange={(e) => setLang(isReportLanguage(e.target.value) ? e.target.value : undefined)}>
          <option value="">{strings.articleLanguage}</option>
          {LANGUAGE_OPTIONS.map((o) => (
            <option key={o.value} value={o.value} lang={o.lang}>
              {o.label}
            </option>
          ))}
        </select>
      </label>
      <ul className="exports-list">
        {EXPORT_LINKS.map(({ format, label, hint }) => (
          <li key={format}>
            {format === 'html' ? (
              <a className="export-link" href={exportHref(format, articleId, lang)} target="_blank" rel="noopener" title={detailed ? undefined : hint}>
                {label}
              </a>
            ) : (
              <a className="export-link" href={exportHref(format, articleId, lang)} download title={detailed ? undefined : hint}>
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
