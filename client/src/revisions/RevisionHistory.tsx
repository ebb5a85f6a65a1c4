import { useEffect, useRef, useState } from 'react';
import type { Article, Claim } from '../../../shared/domain/schemas.ts';
import { orderedPair, RevisionCompare, whoMade, type RevisionPair } from './RevisionCompare.tsx';
import { RevisionDiff } from './RevisionDiff.tsx';
import { useRevisionPages } from './useRevisionPages.ts';

const when = (iso: string) => {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' });
};

interface Props {
  article: Article;
  /** The article's claims as shown: the comparison says what the changes did to them. */
  claims: readonly Claim[];
  onClose(): void;
  onSelectClaim?(id: string): void;
}

/**
 * The revisions of the text, newest first: each one's number, who made it
 * and when, and the text itself on request. The newest page comes first
 * (loaded again whenever a new revision arrives); older ones on request.
 * Any two loaded revisions can be compared word by word.
 */
export function RevisionHistory({ article, claims, onClose, onSelectClaim }: Props) {
  const { revisions, hasOlder, loadingOlder, error, loadOlder } = useRevisionPages(article.id, article.revision);
  const [pair, setPair] = useState<RevisionPair | null>(null);
  const diffRef = useRef<HTMLDivElement>(null);
  const find = (n: number) => revisions?.find((r) => r.revision === n);
  const shown = pair && orderedPair(pair);
  const older = shown && find(shown.older);
  const newer = shown && find(shown.newer);
  useEffect(() => {
    if (pair) diffRef.current?.scrollIntoView({ block: 'nearest' });
  }, [pair]);

  return (
    <section className="revision-history" aria-label="Revision history">
      <header className="revision-history-head">
        <h2 className="section-title">History of the text</h2>
        <button type="button" className="ghost" aria-label="Close history" onClick={onClose}>
          ×
        </button>
      </header>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {revisions === null ? (
        !error && <p className="section-note">Loading…</p>
      ) : (
        <>
          <RevisionCompare revisions={revisions} pair={pair} onPick={setPair} />
          <div ref={diffRef} className="revision-diff-slot">
            {older && newer && <RevisionDiff article={article} claims={claims} older={older} newer={newer} onSelectClaim={onSelectClaim} />}
          </div>
          <ol className="revision-list">
            {revisions.map((r, i) => (
              <li key={r.revision} className="revision-item" aria-current={r.revision === article.revision ? 'true' : undefined}>
                <p className="revision-line">
                  <span className="revision-number">Revision {r.revision}</span>
                  {r.revision === article.revision && <span className="revision-current">current</span>}
                  <span className="revision-who">
                    <bdi>{whoMade(r)}</bdi>
                  </span>
                  <time dateTime={r.at}>{when(r.at)}</time>
                  {revisions[i + 1] && (
                    <button type="button" className="ghost small" onClick={() => setPair({ older: revisions[i + 1]!.revision, newer: r.revision })}>
                      Compare with revision {revisions[i + 1]!.revision}
                    </button>
                  )}
                </p>
                <details>
                  <summary>Text</summary>
                  <div className="revision-body" dir={article.dir} lang={article.lang}>
                    {r.body.map((p, i) => (
                      <p key={i}>{p}</p>
                    ))}
                  </div>
                </details>
              </li>
            ))}
          </ol>
          {hasOlder && (
            <button type="button" className="ghost show-older" disabled={loadingOlder} aria-busy={loadingOlder} onClick={loadOlder}>
              Show older revisions
            </button>
          )}
        </>
      )}
    </section>
  );
}
