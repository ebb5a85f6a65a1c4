import { useEffect, useMemo, useState } from 'react';
import type { PublicUser } from '../../shared/domain/schemas.ts';
import type { ClaimStatus } from '../../shared/domain/status.ts';
import { permissionsFor } from './account/permissions.ts';
import { AccountMenu } from './chrome/AccountMenu.tsx';
import { ArticlePicker } from './chrome/ArticlePicker.tsx';
import { ConnectionIndicator } from './chrome/ConnectionIndicator.tsx';
import { PresenceBar } from './chrome/PresenceBar.tsx';
import { TopBar } from './chrome/TopBar.tsx';
import { ClaimSidebar } from './claims/ClaimSidebar.tsx';
import { ArticleReader } from './reader/ArticleReader.tsx';
import { useRealtime } from './realtime/useRealtime.ts';
import { useWorkspace } from './state/useWorkspace.ts';

export const DEFAULT_ARTICLE_ID = 'seed-putin-pyongyang';

/** The article id lives in the URL hash (#/articles/<id>) so a link opens the same article. */
export function articleFromHash(hash: string = window.location.hash): string {
  const m = /^#\/articles\/([A-Za-z0-9_-]+)/.exec(hash);
  return m?.[1] ?? DEFAULT_ARTICLE_ID;
}

export interface WorkspaceProps {
  user: PublicUser;
  onSignOut(): void;
  /** The server no longer accepts the session: the app shows the sign-in page. */
  onUnauthenticated(): void;
}

export function Workspace({ user, onSignOut, onUnauthenticated }: WorkspaceProps) {
  const [articleId, setArticleId] = useState(() => articleFromHash());
  const realtime = useRealtime();
  const actor = useMemo(() => ({ id: user.id, name: user.name }), [user.id, user.name]);
  const ws = useWorkspace(realtime, articleId, actor);
  const permissions = useMemo(() => permissionsFor(user), [user]);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [reveal, setReveal] = useState<{ id: string; nonce: number } | null>(null);

  useEffect(() => {
    const onHash = () => setArticleId(articleFromHash());
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);

  useEffect(() => {
    if (ws.unauthenticated) onUnauthenticated();
  }, [ws.unauthenticated, onUnauthenticated]);

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
      <TopBar
        right={
          <>
            <PresenceBar users={ws.users} />
            <ConnectionIndicator state={ws.connection} error={ws.connectionError} />
            <AccountMenu user={user} page="workspace" articlesHref={`#/articles/${articleId}`} onSignOut={onSignOut} />
          </>
        }
      >
        <ArticlePicker current={articleId} onPick={(id) => (window.location.hash = `#/articles/${id}`)} />
      </TopBar>
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
              canCapture={permissions.capture}
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
          permissions={permissions}
        />
      </main>
    </div>
  );
}
