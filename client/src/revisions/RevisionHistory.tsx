import { useEffect, useState } from 'react';
import type { Article } from '../../../shared/domain/schemas.ts';
import { requestJson } from '../state/http.ts';

export interface RevisionRecord {
  revision: number;
  body: string[];
  by: string;
  byId: string | null;
  at: string;
}

export function fetchRevisions(articleId: string) {
  return requestJson<{ revisions: RevisionRecord[] }>('GET', `/api/articles/${encodeURIComponent(articleId)}/revisions`);
}

const when = (iso: string) => {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' });
};

/** Every revision of the text: its number, who made it and when, and the text itself on request. */
export function RevisionHistory({ article, onClose }: { article: Article; onClose(): void }) {
  const [revisions, setRevisions] = useState<RevisionRecord[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  // Loaded again whenever a new revision arrives.
  useEffect(() => {
    let live = true;
    void fetchRevisions(article.id).then((r) => {
      if (!live) return;
      if (r.ok) {
        setRevisions([...r.revisions].sort((a, b) => b.revision - a.revision));
        setError(null);
      } else setError(r.error.message);
    });
    return () => {
      live = false;
    };
  }, [article.id, article.revision]);

  return (
    <section className="revision-history" aria-label="Revision history">
      <header className="revision-history-head">
        <h2 className="section-title">History of the text</h2>
        <button type="button" className="ghost" aria-label="Close history" onClick={onClose}>
          ×
        </button>
      </header>
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : revisions === null ? (
        <p className="section-note">Loading…</p>
      ) : (
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
      )}
    </section>
  );
}
