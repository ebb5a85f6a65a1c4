import { useEffect, useRef } from 'react';
import { STATUS_INFO } from '../../../shared/domain/status.ts';
import { StatusBadge } from '../claims/StatusBadge.tsx';
import { useT } from '../i18n/useT.ts';
import { claimHref } from './claimLink.ts';
import type { DrillAnswer } from './dashboardApi.ts';
import { drillMessages } from './drill.messages.ts';
import { cutQuote } from './format.ts';
import { Rich } from './Rich.tsx';

export interface DrillPanelProps {
  title: string;
  /** The claims behind the figure; null while they load. */
  drilled: DrillAnswer | null;
  /** Why they could not be loaded (the list shown, if any, is older). */
  error?: string | null;
  onClose(): void;
}

function ClaimList({ drilled }: { drilled: DrillAnswer }) {
  const t = useT(drillMessages);
  const articles = new Map(drilled.articles.map((a) => [a.id, a]));
  return (
    <ul className="drill-list">
      {drilled.claims.map(({ claim, decisions }) => {
        const article = articles.get(claim.articleId);
        return (
          <li key={claim.id} data-claim-id={claim.id}>
            <div className="drill-meta">
              <StatusBadge status={claim.status} />
              {claim.orphaned && <span className="orphan-flag">{t('orphaned')}</span>}
              {article && (
                <span className="drill-article" dir="auto" lang={article.lang}>
                  {article.title}
                </span>
              )}
            </div>
            <a className="drill-quote" href={claimHref(claim.articleId, claim.id)} lang={article?.lang} dir={article?.dir ?? 'auto'}>
              {cutQuote(claim.target.quote.exact)}
            </a>
            {claim.summary && (
              <p className="drill-summary" dir="auto">
                {claim.summary}
              </p>
            )}
            {claim.attributedTo && (
              <p className="drill-source"><Rich t={t} message="sourceIs" slots={{ name: <bdi>{claim.attributedTo}</bdi> }} /></p>
            )}
            {decisions.length > 0 && (
              <ul className="drill-decisions">
                {decisions.map((d) => (
                  <li key={d.entryId}>
                    {d.from
                      ? t('moved', { from: STATUS_INFO[d.from].label[t.locale], to: STATUS_INFO[d.to].label[t.locale] })
                      : t('capturedAs', { to: STATUS_INFO[d.to].label[t.locale] })}{' '}
                    · <time dateTime={d.at}>{t.format.dateTime(d.at)}</time>
                  </li>
                ))}
              </ul>
            )}
          </li>
        );
      })}
    </ul>
  );
}

/** The claims behind a figure, each a link into the reader that opens the claim. */
export function DrillPanel({ title, drilled, error, onClose }: DrillPanelProps) {
  const t = useT(drillMessages);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [title]);
  const count = drilled?.claims.length ?? 0;
  return (
    <section className="dash-card drill" data-testid="drilldown" aria-labelledby="drill-title" aria-busy={drilled === null && !error}>
      <header className="drill-head">
        <h2 id="drill-title" ref={heading} tabIndex={-1}>
          {title}{' '}
          {drilled && (
            <span className="count" data-testid="drill-count" data-truncated={drilled.truncated}>
              {drilled.truncated ? t('showingFirst', { count }) : t('claimCount', { count })}
            </span>
          )}
        </h2>
        <button type="button" className="ghost" onClick={onClose}>
          {t('close')}
        </button>
      </header>
      {error && (
        <p className="form-error" role="alert">
          {t('claimsFailed', { error })}
        </p>
      )}
      {drilled === null ? (
        !error && (
          <p className="dash-empty" role="status">
            {t('loadingClaims')}
          </p>
        )
      ) : count === 0 ? (
        <p className="dash-empty">{t('noMatch')}</p>
      ) : (
        <>
          <ClaimList drilled={drilled} />
          {drilled.truncated && <p className="dash-note">{t('truncated')}</p>}
        </>
      )}
    </section>
  );
}
