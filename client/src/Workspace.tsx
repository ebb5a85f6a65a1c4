import { useEffect, useMemo, useRef, useState } from 'react';
import type { PublicUser } from '../../shared/domain/schemas.ts';
import type { ClaimStatus } from '../../shared/domain/status.ts';
import type { PresenceUser } from '../../shared/protocol/events.ts';
import { permissionsFor } from './account/permissions.ts';
import { AccountMenu } from './chrome/AccountMenu.tsx';
import { ArticlePicker } from './chrome/ArticlePicker.tsx';
import { ConnectionIndicator } from './chrome/ConnectionIndicator.tsx';
import { MentionsBadge } from './chrome/MentionsBadge.tsx';
import { MentionsSeenContext, useMentionsSeen } from './comments/mentionsSeen.tsx';
import { mentionsSyncOf } from './comments/mentionsSync.ts';
import { PresenceBar } from './chrome/PresenceBar.tsx';
import { TopBar } from './chrome/TopBar.tsx';
import { SkipLinks } from './chrome/SkipLinks.tsx';
import { ClaimSidebar } from './claims/ClaimSidebar.tsx';
import { useClaimFromHash } from './dashboard/claimLink.ts';
import { usePresenceReporter } from './presence/usePresenceReporter.ts';
import { ArticleReader } from './reader/ArticleReader.tsx';
import type { Realtime } from './realtime/connection.ts';
import { useRealtime } from './realtime/useRealtime.ts';
import type { ReattachRequest } from './revisions/ReattachBar.tsx';
import { PageLoading, RevisionEditor, RevisionHistory } from './lazyPages.tsx';
import { RevisionNotice } from './revisions/RevisionNotice.tsx';
import { latestNote } from './revisions/revisionText.ts';
import { useRevisionEditor } from './revisions/useRevisionEditor.ts';
import type { RevisionNote } from './state/workspaceReducer.ts';
import { usePeople, type People } from './state/usePeople.ts';
import { useWorkspace } from './state/useWorkspace.ts';
import { useSuggestionPreference } from './suggestions/suggestionPreference.ts';
import type { DraftClaim } from '../../shared/suggest/draft-claim.ts';
import { useT } from './i18n/useT.ts';
import { workspaceMessages } from './workspace.messages.ts';

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

/** One connection for the whole visit; each article gets a fresh workspace (keyed), so nothing leaks between them. */
/** The notice's close mark (its name is the aria-label). */
const CLOSE = '×';

export function Workspace(props: WorkspaceProps) {
  const [articleId, setArticleId] = useState(() => articleFromHash());
  const realtime = useRealtime();
  const people = usePeople(props.user.id);
  useEffect(() => {
    const onHash = () => setArticleId(articleFromHash());
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  return <ArticleWorkspace key={articleId} {...props} articleId={articleId} realtime={realtime} people={people} />;
}

interface ArticleWorkspaceProps extends WorkspaceProps {
  articleId: string;
  realtime: Realtime | null;
  people: People;
}

function ArticleWorkspace({ user, onSignOut, onUnauthenticated, articleId, realtime, people }: ArticleWorkspaceProps) {
  const t = useT(workspaceMessages);
  const me = useMemo(() => ({ id: user.id, name: user.name, role: user.role }), [user.id, user.name, user.role]);
  const ws = useWorkspace(realtime, articleId, me, people.list);
  const permissions = useMemo(() => permissionsFor(user), [user]);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [reveal, setReveal] = useState<{ id: string; nonce: number } | null>(null);
  const reportSelection = usePresenceReporter(realtime, articleId, ws.joins, selectedId);
  const editor = useRevisionEditor({ article: ws.article, outcome: ws.revisionOutcome, pendingRevision: ws.pendingRevision, revise: ws.actions.reviseArticle });
  const [historyOpen, setHistoryOpen] = useState(false);
  // Closing the history panel from inside it gives the focus back to the button that opened it.
  const historyButton = useRef<HTMLButtonElement>(null);
  const closeHistory = () => {
    setHistoryOpen(false);
    historyButton.current?.focus();
  };
  const [reattachId, setReattachId] = useState<string | null>(null);
  const [reattachError, setReattachError] = useState<string | null>(null);
  const reattaching = reattachId ? ws.claims.find((c) => c.id === reattachId && c.orphaned) : undefined;
  // The orphan was re-attached (by a colleague, say) or deleted meanwhile: nothing left to do.
  useEffect(() => {
    if (reattachId && !reattaching) setReattachId(null);
  }, [reattachId, reattaching]);

  // What the latest revision did to the claims: heard as a change (anyone's),
  // or our own as soon as the server accepts it.
  const outcome = ws.revisionOutcome;
  const ownNote = useMemo<RevisionNote | null>(() => {
    const ack = outcome?.ack;
    if (!ack?.ok || !ack.article || !ack.result) return null;
    return { revision: ack.article.revision, by: me.name, at: ack.article.updatedAt, result: ack.result };
  }, [outcome, me.name]);
  const note = latestNote(ws.lastRevision, ownNote);
  const [dismissedRevision, setDismissedRevision] = useState(0);

  useEffect(() => {
    if (ws.unauthenticated) onUnauthenticated();
  }, [ws.unauthenticated, onUnauthenticated]);

  // A claim captured here is first known by a temporary id; follow it to the server's.
  useEffect(() => {
    if (selectedId && Object.hasOwn(ws.aliases, selectedId)) setSelectedId(ws.aliases[selectedId]!);
  }, [ws.aliases, selectedId]);

  // A claim deleted (here or by a colleague) cannot stay selected.
  useEffect(() => {
    if (selectedId && !Object.hasOwn(ws.aliases, selectedId) && !ws.claims.some((c) => c.id === selectedId)) setSelectedId(null);
  }, [ws.claims, ws.aliases, selectedId]);

  const keyOf = useMemo(() => {
    const firstKey = new Map(Object.entries(ws.aliases).map(([temp, real]) => [real, temp]));
    return (id: string) => firstKey.get(id) ?? id;
  }, [ws.aliases]);
  const selfId = realtime?.connectionId ?? null;
  const others = useMemo(() => ws.users.filter((u) => u.id !== selfId), [ws.users, selfId]);
  const viewers = useMemo(() => {
    const byClaim = new Map<string, PresenceUser[]>();
    for (const u of others) if (u.claimId) byClaim.set(u.claimId, [...(byClaim.get(u.claimId) ?? []), u]);
    return byClaim;
  }, [others]);
  const mentions = useMemo(
    () => ws.comments.filter((c) => c.mentions.includes(user.id) && c.createdById !== user.id && ws.claims.some((k) => k.id === c.claimId)),
    [ws.comments, ws.claims, user.id],
  );
  // A mention counts until its comment has been shown in its thread.
  const mentionsSync = useMemo(() => mentionsSyncOf(realtime), [realtime]);
  const mentionsSeen = useMentionsSeen(user.id, articleId, mentionsSync);
  const unreadMentions = useMemo(() => mentions.filter((c) => !mentionsSeen.isSeen(c)), [mentions, mentionsSeen]);

  // Unsent changes stay on this device for this person's next sign-in; say so first.
  const signOut = () => {
    const n = ws.pending.count;
    if (n === 0 || window.confirm(t('unsentSignOut', { count: n }))) onSignOut();
  };
  const open = (id: string | null) => {
    setSelectedId(id);
    if (id) setReveal((r) => ({ id, nonce: (r?.nonce ?? 0) + 1 }));
  };
  // A link to one claim (#/articles/<id>/claims/<claim id>, from the dashboard or a report) opens it.
  useClaimFromHash(ws.claims, open);
  const capture = (start: number, end: number, status?: ClaimStatus) => {
    const result = ws.actions.createClaim(start, end, status);
    if (result.ok) setSelectedId(result.claimId);
    return result.ok;
  };
  const [suggestionsShown, toggleSuggestions] = useSuggestionPreference(user.id);
  // One accepted suggestion opens as the new claim; "accept all" leaves the selection alone.
  const acceptSuggestions = (drafts: DraftClaim[]) => {
    for (const d of drafts) {
      const result = ws.actions.createClaim(d.start, d.end, d.status, { summary: d.summary, attributedTo: d.attributedTo });
      if (result.ok && drafts.length === 1) setSelectedId(result.claimId);
    }
  };
  const startReattach = (id: string) => {
    setReattachError(null);
    setReattachId((current) => (current === id ? null : id));
  };
  const reattach: ReattachRequest | null = reattaching
    ? {
        quote: reattaching.target.quote.exact,
        error: reattachError,
        onAttach(start, end) {
          const result = ws.actions.reattachClaim(reattaching.id, start, end);
          if (!result.ok) return setReattachError(result.error.message);
          setReattachId(null);
          open(reattaching.id);
        },
        onCancel: () => setReattachId(null),
      }
    : null;
  // A claim chosen in the revision preview: opened in the list beside the editor (the reader is hidden while editing).
  const openInList = (id: string) => {
    setSelectedId(id);
    requestAnimationFrame(() => {
      const card = document.querySelector<HTMLElement>(`.sidebar [data-claim-id="${CSS.escape(id)}"]`);
      card?.scrollIntoView({ block: 'nearest' });
      card?.focus({ preventScroll: true });
    });
  };
  const showOrphans = () => document.getElementById('orphans-title')?.scrollIntoView({ block: 'start', behavior: 'smooth' });

  return (
    <MentionsSeenContext.Provider value={mentionsSeen}>
    <div className="app">
      <SkipLinks />
      <TopBar
        right={
          <>
            <PresenceBar users={ws.users} selfId={selfId} />
            <MentionsBadge mentions={unreadMentions} onOpen={(c) => (open(c.claimId), mentionsSeen.focusComment(c.id))} />
            <ConnectionIndicator state={ws.connection} error={ws.connectionError} pending={ws.pending.count} />
            <AccountMenu user={user} page="workspace" articlesHref={`#/articles/${articleId}`} onSignOut={signOut} />
          </>
        }
      >
        <ArticlePicker current={articleId} onPick={(id) => (window.location.hash = `#/articles/${id}`)} />
      </TopBar>
      {ws.notices.map((message) => (
        <div key={message} className="notice" role="alert">
          <span>{message}</span>
          <button type="button" className="ghost" onClick={() => ws.dismissNotice(message)} aria-label={t('dismiss')}>
            {CLOSE}
          </button>
        </div>
      ))}
      <main className="layout">
        <div className="reader-column">
          {note && note.revision > dismissedRevision && (
            <RevisionNotice note={note} onShowOrphans={showOrphans} onDismiss={() => setDismissedRevision(note.revision)} />
          )}
          {ws.article && editor.state ? (
            <PageLoading>
              <RevisionEditor
                article={ws.article}
                claims={ws.claims}
                editor={{ ...editor, state: editor.state }}
                connected={ws.connection === 'connected'}
                lastRevision={ws.lastRevision}
                onSelectClaim={openInList}
              />
            </PageLoading>
          ) : ws.article ? (
            <ArticleReader
              article={ws.article}
              claims={ws.claims}
              selectedId={selectedId}
              reveal={reveal}
              canCapture={permissions.capture}
              onCapture={capture}
              onSelectClaim={setSelectedId}
              others={others}
              onSelectionChange={reportSelection}
              reattach={reattach}
              suggestions={{ shown: suggestionsShown, onToggle: toggleSuggestions, canAct: permissions.capture, onAccept: acceptSuggestions, onDismiss: ws.actions.dismissSuggestion }}
              tools={
                <>
                  <span className="revision-label">{t('revision', { revision: ws.article.revision })}</span>
                  <button ref={historyButton} type="button" aria-expanded={historyOpen} onClick={() => setHistoryOpen((o) => !o)}>
                    {t('history')}
                  </button>
                  {permissions.reviseArticle && (
                    <button ref={editor.opener} type="button" onClick={editor.open}>
                      {t('editArticle')}
                    </button>
                  )}
                </>
              }
              panel={
                historyOpen ? (
                  <PageLoading>
                    <RevisionHistory article={ws.article} claims={ws.claims} onClose={closeHistory} onSelectClaim={open} />
                  </PageLoading>
                ) : null
              }
            />
          ) : (
            <p className="loading">{ws.connection === 'disconnected' ? t('offlineLoading') : t('loadingArticle')}</p>
          )}
        </div>
        <ClaimSidebar
          article={ws.article}
          claims={ws.claims}
          selectedId={selectedId}
          onSelect={open}
          actions={ws.actions}
          permissions={permissions}
          data={{
            me,
            people,
            comments: ws.comments,
            pending: ws.pending,
            conflicts: ws.conflicts,
            viewers,
            liveHistory: ws.liveHistory,
            acks: ws.acks,
            allClaims: ws.allClaims,
            keyOf,
          }}
          onReattach={startReattach}
          reattachingId={reattaching?.id ?? null}
        />
      </main>
    </div>
    </MentionsSeenContext.Provider>
  );
}
