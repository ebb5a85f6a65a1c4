import { CLAIM_STATUSES, STATUS_INFO } from '../../../shared/domain/status.ts';
import type { ArticleSummary } from '../state/api.ts';
import { languageName } from './importText.ts';
import { useT } from '../i18n/useT.ts';
import { articlesMessages, statusMeanings } from './articles.messages.ts';

/**
 * Every article with its language, direction, revision and claims by
 * status. Titles and bylines keep their own direction, so an Arabic title
 * reads right to left in an English list.
 */
export function ArticleList({ articles, currentId }: { articles: readonly ArticleSummary[]; currentId?: string | null }) {
  const t = useT(articlesMessages);
  const meaning = useT(statusMeanings);
  if (articles.length === 0) return <p className="section-note">{t('none')}</p>;
  return (
    <ul className="article-list" data-testid="article-list">
      {articles.map((a) => {
        const total = CLAIM_STATUSES.reduce((n, s) => n + (a.counts[s] ?? 0), 0);
        return (
          <li key={a.id} className="article-item" data-article-id={a.id}>
            <h2 className="article-title" dir={a.dir} lang={a.lang}>
              <a href={`#/articles/${encodeURIComponent(a.id)}`} aria-current={a.id === currentId ? 'page' : undefined}>
                {a.title}
              </a>
            </h2>
            <p className="article-meta">
              {a.byline && (
                <bdi className="article-byline" dir={a.dir} lang={a.lang}>
                  {a.byline}
                </bdi>
              )}
              {a.dateline && (
                <bdi className="article-dateline" dir={a.dir} lang={a.lang}>
                  {a.dateline}
                </bdi>
              )}
              <span className="article-lang">
                {languageName(a.lang, t.locale)} · {t(a.dir === 'rtl' ? 'rtl' : 'ltr')}
              </span>
              <span>{t('revision', { n: a.revision })}</span>
            </p>
            <p className="article-counts">
              <span className="article-total">{total === 0 ? t('noClaims') : t('claims', { count: total })}</span>
              {CLAIM_STATUSES.filter((s) => (a.counts[s] ?? 0) > 0).map((s) => (
                <span key={s} className={`status-count status-${s}`} title={meaning(s)}>
                  <span className="dot" aria-hidden="true" />
                  {STATUS_INFO[s].label[t.locale]} {t.format.number(a.counts[s] ?? 0)}
                </span>
              ))}
            </p>
          </li>
        );
      })}
    </ul>
  );
}
