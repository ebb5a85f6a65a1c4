import { useId, useRef, useState, type FormEvent } from 'react';
import type { FoundClaim } from '../../../shared/similarity/found.ts';
import { CLAIM_SEARCH_QUERY_MAX } from '../../../shared/limits.ts';
import { StatusBadge } from '../claims/StatusBadge.tsx';
import { useT } from '../i18n/useT.ts';
import { ApiRequestError, searchClaims } from '../state/api.ts';
import { claimHref } from './claimLink.ts';
import { drillMessages } from './drill.messages.ts';
import { cutQuote } from './format.ts';
import { Rich } from './Rich.tsx';

type Result = { q: string; claims: FoundClaim[] } | { q: string; error: string };

/**
 * Claim search over the whole workspace (`GET /api/claims/search`): claims,
 * not article text, matched the Arabic-aware way find-in-article matches,
 * each linking to the claim in the reader. Asked when the form is sent, not
 * per keystroke.
 */
export function ClaimSearch({ onUnauthenticated }: { onUnauthenticated(): void }) {
  const t = useT(drillMessages);
  const id = useId();
  const [q, setQ] = useState('');
  const [result, setResult] = useState<Result | null>(null);
  const asked = useRef<AbortController | null>(null);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const query = q.trim();
    if (!query) return;
    asked.current?.abort();
    const abort = (asked.current = new AbortController());
    searchClaims(query, abort.signal).then(
      (r) => setResult({ q: query, claims: r.claims }),
      (error: unknown) => {
        if (abort.signal.aborted) return;
        if (error instanceof ApiRequestError && error.code === 'unauthenticated') return onUnauthenticated();
        setResult({ q: query, error: error instanceof Error ? error.message : String(error) });
      },
    );
  };

  return (
    <section className="dash-card claim-search" aria-label={t('searchClaims')}>
      <form className="claim-search-form" role="search" onSubmit={submit}>
        <label htmlFor={id}>{t('searchLabel')}</label>
        <input id={id} type="search" dir="auto" value={q} maxLength={CLAIM_SEARCH_QUERY_MAX} onChange={(e) => setQ(e.target.value)} placeholder={t('searchExample')} />
        <button type="submit">{t('search')}</button>
      </form>
      {result && 'error' in result && (
        <p className="form-error" role="alert">
          {t('searchFailed', { error: result.error })}
        </p>
      )}
      {result && 'claims' in result && (
        <>
          <p className="section-note" role="status">
            {result.claims.length === 0
              ? <Rich t={t} message="noneMatch" slots={{ q: <bdi>{result.q}</bdi> }} />
              : <Rich t={t} message="someMatch" slots={{ count: result.claims.length, q: <bdi>{result.q}</bdi> }} />}
          </p>
          <ul className="drill-list" data-testid="claim-search-results">
            {result.claims.map(({ claim, articleId, articleTitle }) => (
              <li key={claim.id} data-claim-id={claim.id}>
                <div className="drill-meta">
                  <StatusBadge status={claim.status} />
                  <span className="drill-article" dir="auto">
                    {articleTitle}
                  </span>
                </div>
                <a className="drill-quote" href={claimHref(articleId, claim.id)} dir="auto">
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
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
