import { useEffect, useRef } from 'react';
import type { DashboardInput } from '../../../shared/dashboard/figures.ts';
import { STATUS_INFO } from '../../../shared/domain/status.ts';
import { StatusBadge } from '../claims/StatusBadge.tsx';
import { claimHref } from './claimLink.ts';
import type { DrilledClaim } from '../../../shared/dashboard/drilldown.ts';
import { cutQuote, formatWhen, plural } from './format.ts';

export interface DrillPanelProps {
  title: string;
  items: DrilledClaim[];
  input: DashboardInput;
  onClose(): void;
}

/** The claims behind a figure, each a link into the reader that opens the claim. */
export function DrillPanel({ title, items, input, onClose }: DrillPanelProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [title]);
  return (
    <section className="dash-card drill" data-testid="drilldown" aria-labelledby="drill-title">
      <header className="drill-head">
        <h2 id="drill-title" ref={heading} tabIndex={-1}>
          {title} <span className="count">{plural(items.length, 'claim')}</span>
        </h2>
        <button type="button" className="ghost" onClick={onClose}>
          Close
        </button>
      </header>
      {items.length === 0 ? (
        <p className="dash-empty">No claims match.</p>
      ) : (
        <ul className="drill-list">
          {items.map(({ claim, decisions }) => {
            const article = input.articles[claim.articleId];
            return (
              <li key={claim.id} data-claim-id={claim.id}>
                <div className="drill-meta">
                  <StatusBadge status={claim.status} />
                  {claim.orphaned && <span className="orphan-flag">Orphaned</span>}
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
                  <p className="drill-source">
                    Source: <bdi>{claim.attributedTo}</bdi>
                  </p>
                )}
                {decisions.length > 0 && (
                  <ul className="drill-decisions">
                    {decisions.map((d) => (
                      <li key={d.entryId}>
                        {d.from ? `${STATUS_INFO[d.from].label.en} → ` : 'Captured as '}
                        {STATUS_INFO[d.to].label.en} · <time dateTime={d.at}>{formatWhen(d.at)}</time>
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
