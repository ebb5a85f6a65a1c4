import { useId, useState } from 'react';
import { isReportLanguage, type ReportLanguage } from '../../../shared/exports/labels.ts';
import { useT } from '../i18n/useT.ts';
import { EXPORT_LINKS, exportHref } from './exportLinks.ts';
import { reportsMessages } from './reports.messages.ts';
import './reports.css';

// Language names are written in their own language, whatever the interface's.
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
  const t = useT(reportsMessages);
  const name = articleId === undefined ? t('downloadWorkspace') : t('downloadArticle');
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
        {t('reportLanguage')}
        <select id={langId} value={lang ?? ''} onChange={(e) => setLang(isReportLanguage(e.target.value) ? e.target.value : undefined)}>
          <option value="">{t('articleLanguage')}</option>
          {LANGUAGE_OPTIONS.map((o) => (
            <option key={o.value} value={o.value} lang={o.lang}>
              {o.label}
            </option>
          ))}
        </select>
      </label>
      <ul className="exports-list">
        {EXPORT_LINKS.map(({ format, label: labelKey, hint: hintKey }) => {
          const label = t(labelKey);
          const hint = t(hintKey);
          return (
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
          );
        })}
      </ul>
    </div>
  );
}
