import type { Article } from '../../../shared/domain/schemas.ts';
import { useRevisionPages } from './useRevisionPages.ts';

const when = (iso: string) => {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' });
};

/**
 * The revisions of the text, newest first: each one's number, who made it
 * and when, and the text itself on request. The newest page comes first
 * (loaded again whenever a new revision arrives); older ones on request.
 */
export function RevisionHistory({ article, onClose }: { article: Article; onClose(): void }) {
  const { revisions, hasOlder, loadingOlder, error, loadOlder } = useRevisionPages(article.id, article.revision);

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
          <ol className="revision-list">
            {revisions.map((r) => (
              <li key={r.revision} className="revision-item" aria-current={r.revision === article.revision ? 'true' : undefined}>
                <p className="revision-line">
                  <span className="revision-number">Revision {r.revision}</span>
                  {r.revision === article.revision && <span className="revision-current">current</span>}
                  <span className="revision-who">{r.byId === null && r.by === 'original' ? 'original text' : <bdi>{r.by}</bdi>}</span>
                  <time dateTime={r.at}>{when(r.at)}</time>
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
