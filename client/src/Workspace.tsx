import { useEffect, useState } from 'react';
import type { ClaimStatus } from '../../shared/domain/status.ts';
import { ArticlePicker } from './chrome/ArticlePicker.tsx';
import { ConnectionIndicator } from './chrome/ConnectionIndicator.tsx';
import { PresenceBar } from './chrome/PresenceBar.tsx';
import { ClaimSidebar } from './claims/ClaimSidebar.tsx';
import { ArticleReader } from './reader/ArticleReader.tsx';
import { useRealtime } from './realtime/useRealtime.ts';
import { useWorkspace } from './state/useWorkspace.ts';

export const DEFAULT_ARTICLE_ID = 'seed-putin-pyongyang';

/** The article id lives in the URL hash (#/articles/<id>) so a link opens the same article. */
function articleFromHash(): string {
  const m = /^#\/articles\/([A-Za-z0-9_-]+)/.exec(window.location.hash);
  return m?.[1] ?? DEFAULT_ARTICLE_ID;
}

export function Workspace({ name, onChangeName }: { name: string; onChangeName(): void }) {
  const [articleId, setArticleId] = useState(articleFromHash);
  const realtime = useRealtime(name);
  const ws = useWorkspace(realtime, articleId, name);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [reveal, setReveal] = useState<{ id: string; nonce: number } | null>(null);

  useEffect(() => {
    const onHash = () => setArticleId(articleFromHash());
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);

  // A claim deleted (here or by a colleague) cannot stay selected.
  useEffect(() => {
    if (selectedId && !ws.claims.some((c) => c.id === selectedId)) setSelectedId(null);
  }, [ws.claims, selectedId]);

  const selectFromPanel = (id: string | null) => {
    setSelectedId(id);
    if (id) setReveal((r) => ({ id, nonce: (r?.nonce ?? 0) + 1 }));
  };
  const capture = async (start: number, end: number, status?: ClaimStatus) => {
    const ack = await ws.actions.createClaim(start, end, status);
    if (ack.ok) setSelectedId(ack.claim.id);
    return ack.ok;
  };

  return (
    <div className="app">
      <header className="topbar">
        <div className="brand">
          Isnad <span aria-hidden="true">·</span> <span lang="ar">إسناد</span>
        </div>
        <ArticlePicker current={articleId} onPick={(id) => (window.location.hash = `#/articles/${id}`)} />
        <div className="topbar-right">
          <PresenceBar users={ws.users} />
          <ConnectionIndicator state={ws.connection} error={ws.connectionError} />
          <button type="button" className="ghost" onClick={onChangeName} title="Change display name">
            <bdi>{name}</bdi> <span className="change-name">· Change name</span>
          </button>
        </div>
      </header>
      {ws.notice && (
        <div className="notice" role="alert">
          <span>{ws.notice}</span>
          <button type="button" className="ghost" onClick={ws.dismissNotice} aria-label="Dismiss">
            ×
          </button>
        </div>
      )}
      <main className="layout">
        <div className="reader-column">
          {ws.article ? (
            <ArticleReader
              article={ws.article}
              claims={ws.claims}
              selectedId={selectedId}
              reveal={reveal}
              onCapture={capture}
              onSelectClaim={setSelectedId}
            />
          ) : (
            <p className="loading">Loading article…</p>
          )}
        </div>
        <ClaimSidebar
          article={ws.article}
          claims={ws.claims}
          selectedId={selectedId}
          onSelect={selectFromPanel}
          actions={ws.actions}
        />
      </main>
    </div>
  );
}
