import { useEffect, useState } from 'react';
import { STATUS_INFO } from '../../../shared/domain/status.ts';
import { claimHref } from '../dashboard/claimLink.ts';
import { useT } from '../i18n/useT.ts';
import { requestJson } from '../state/http.ts';
import { sourcesMessages } from './sources.messages.ts';
import { sourceClaimsUrl, type SourceClaimsAnswer } from './sourcesApi.ts';
import { Rich } from '../dashboard/Rich.tsx';

/** The live claims of one source (its merged spellings included), a page at a time, each a link to the claim in the reader. */
export function SourceClaims({ sourceKey, refreshes }: { sourceKey: string; refreshes: number }) {
  const t = useT(sourcesMessages);
  const [pages, setPages] = useState<SourceClaimsAnswer[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);

  const load = (after: string | null, signal?: AbortSignal) => {
    setLoading(true);
    requestJson<SourceClaimsAnswer>('GET', sourceClaimsUrl(sourceKey, after), undefined, signal).then(
      (result) => {
        setLoading(false);
        if (!result.ok) return setError(result.error.message);
        setError(null);
        setPages((known) => (after === null ? [result] : [...known, result]));
      },
      () => undefined,
    );
  };
  useEffect(() => {
    const abort = new AbortController();
    load(null, abort.signal);
    return () => abort.abort();
    // A new source or a refresh starts over from the first page.
  }, [sourceKey, refreshes]);

  const claims = pages.flatMap((p) => p.claims);
  const next = pages.at(-1)?.next ?? null;
  return (
    <section className="source-claims dash-card" aria-label={t('claimsOfSource')} data-testid="source-claims-list">
      <h2><Rich t={t} message="claimsOf" slots={{ name: <bdi dir="auto">{pages[0]?.source.name ?? ''}</bdi> }} /></h2>
      {error && <p role="alert">{error}</p>}
      <ol>
        {claims.map(({ claim, article }) => (
          <li key={claim.id}>
            <span className={`status-word status-text-${claim.status}`}>{STATUS_INFO[claim.status].label[t.locale]}</span>{' '}
            <a href={claimHref(article.id, claim.id)}>
              <bdi dir="auto">{claim.summary || claim.target.quote.exact}</bdi>
            </a>
            <div className="source-claim-meta">
              <Rich t={t} message="writtenIn" slots={{
                spelling: <bdi dir="auto">{claim.attributedTo}</bdi>,
                article: (
                  <bdi dir={article.dir} lang={article.lang}>
                    {article.title}
                  </bdi>
                ),
              }} />
            </div>
          </li>
        ))}
      </ol>
      {next && (
        <button type="button" disabled={loading} onClick={() => load(next)}>
          {t('moreClaims')}
        </button>
      )}
    </section>
  );
}
