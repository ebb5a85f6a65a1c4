import { Suspense, useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Article, Claim, Comment, HistoryEntry } from '../../../shared/domain/schemas.ts';
import { CLAIM_STATUSES, STATUS_INFO } from '../../../shared/domain/status.ts';
import type { PresenceUser } from '../../../shared/protocol/events.ts';
import type { Permissions } from '../account/permissions.ts';
import { ActivityPanel, ArticleReports, ClaimDetails, ClaimSheet, DeletedClaims, PageLoading } from '../lazyPages.tsx';
import { usePhone } from '../layout/usePhone.ts';
import { peopleFrom, type People } from '../state/usePeople.ts';
import type { ClaimActions } from '../state/useWorkspace.ts';
import type { ParkedConflict } from '../sync/outboxEntry.ts';
import { ClaimsPanel } from './ClaimsPanel.tsx';
import { SIGNOFF_FILTERS, bySignOff } from './signOffFilters.ts';
import { UndoToast } from './UndoToast.tsx';
import { useLiveClaimIds } from '../reports/livePublications.ts';
import { useT } from '../i18n/useT.ts';
import { claimsMessages } from './claims.messages.ts';

/** What the sidebar shows beyond the claims; every part has an empty default (tests, first paint). */
export interface SidebarData {
  me: { id: string; name: string };
  people: People;
  comments: readonly Comment[];
  pending: { claims: ReadonlySet<string>; comments: ReadonlySet<string>; evidence: ReadonlySet<string> };
  conflicts: readonly ParkedConflict[];
  /** Colleagues by the claim they have open. */
  viewers: ReadonlyMap<string, PresenceUser[]>;
  liveHistory: readonly HistoryEntry[];
  acks: number;
  /** Every claim known, deleted too, for naming what activity is about. */
  allClaims: Readonly<Record<string, Claim>>;
  keyOf(id: string): string;
}

const EMPTY_SET: ReadonlySet<string> = new Set();
const NONE: SidebarData = {
  me: { id: '', name: '' },
  people: peopleFrom([]),
  comments: [],
  pending: { claims: EMPTY_SET, comments: EMPTY_SET, evidence: EMPTY_SET },
  conflicts: [],
  viewers: new Map(),
  liveHistory: [],
  acks: 0,
  allClaims: {},
  keyOf: (id) => id,
};

export interface ClaimSidebarProps {
  article: Article | null;
  claims: readonly Claim[];
  selectedId: string | null;
  onSelect(id: string | null): void;
  actions: Pick<ClaimActions, 'updateClaim' | 'deleteClaim' | 'restoreClaim'> & Partial<ClaimActions>;
  /** What the signed-in person may do; what they may not is not offered. */
  permissions: Pick<Permissions, 'capture' | 'edit' | 'deleteClaim'> & Partial<Pick<Permissions, 'addEvidence' | 'comment' | 'importArticle' | 'manageUsers' | 'markReady' | 'approve' | 'publish'>>;
  data?: Partial<SidebarData>;
  /** Offered on orphans to people who may edit claims (see ClaimsPanel). */
  onReattach?(id: string): void;
  reattachingId?: string | null;
}

type Tab = 'claims' | 'activity' | 'reports';

/** The claims column: counts, filter, the list with the selected claim's details, the activity feed, and undo. */
export function ClaimSidebar({ article, claims, selectedId, onSelect, actions, permissions, data: given, onReattach, reattachingId }: ClaimSidebarProps) {
  const data = { ...NONE, ...given };
  const t = useT(claimsMessages);
  const n = t.format.number;
  const [deletedId, setDeletedId] = useState<string | null>(null);
  const [tab, setTab] = useState<Tab>('claims');
  const [mineOnly, setMineOnly] = useState(false);
  const [deletedShown, setDeletedShown] = useState(false);
  // Deleted claims stay restorable for as long as they are deleted, not only while the undo toast shows.
  const deletedClaims = useMemo(() => deletedOf(data.allClaims, article?.id), [data.allClaims, article?.id]);
  const [signOff, setSignOff] = useState<string | null>(null);
  const live = useLiveClaimIds(article?.id);
  const expire = useCallback(() => setDeletedId(null), []);
  const perms = { addEvidence: false, comment: false, ...permissions };
  const shown = useMemo(
    () => bySignOff(mineOnly ? claims.filter((c) => c.assigneeId === data.me.id) : claims, signOff, live),
    [claims, mineOnly, data.me.id, signOff, live],
  );
  const conflictIds = useMemo(() => new Set(data.conflicts.map((c) => c.entry.claimId)), [data.conflicts]);

  const remove = async (id: string) => {
    onSelect(null);
    const result = await actions.deleteClaim(id);
    if (result.ok) setDeletedId(id);
  };
  const undo = async () => {
    if (!deletedId) return;
    const id = deletedId;
    setDeletedId(null);
    const result = await actions.restoreClaim(id);
    if (result.ok) onSelect(id);
  };
  const restore = async (id: string) => {
    const result = await actions.restoreClaim(id);
    if (!result.ok) return;
    setDeletedShown(false);
    setTab('claims');
    onSelect(id);
  };
  const openFromActivity = (id: string) => {
    setTab('claims');
    onSelect(id);
  };

  // On a phone the selected claim opens as a sheet over the article, not in the list far below it.
  const phone = usePhone();
  // The sheet lives in the claims tab: a highlight tapped while another tab shows must still open it.
  useEffect(() => {
    if (phone && selectedId) setTab('claims');
  }, [phone, selectedId]);
  const sheetOnPhone = (render: (claim: Claim) => ReactNode) =>
    phone
      ? (claim: Claim) => (
          <Suspense fallback={null}>
            <ClaimSheet claim={claim} article={article} onClose={() => onSelect(null)}>
              {render(claim)}
            </ClaimSheet>
          </Suspense>
        )
      : render;

  return (
    <aside className="sidebar" aria-label={t('sidebar')}>
      <header className="sidebar-head">
        <div className="sidebar-tabs" role="tablist" aria-label={t('sidebarTabs')}>
          <button type="button" role="tab" id="tab-claims" aria-controls="panel-claims" aria-selected={tab === 'claims'} onClick={() => setTab('claims')}>
            {t('tabClaims')} <span className="count">{n(claims.length)}</span>
          </button>
          <button type="button" role="tab" id="tab-activity" aria-controls="panel-activity" aria-selected={tab === 'activity'} onClick={() => setTab('activity')}>
            {t('tabActivity')}
          </button>
          <button type="button" role="tab" id="tab-reports" aria-controls="panel-reports" aria-selected={tab === 'reports'} onClick={() => setTab('reports')}>
            {t('tabReports')}
          </button>
        </div>
        {tab === 'claims' && (
          <div className="sidebar-tools">
            <ul className="status-counts" aria-label={t('byStatus')}>
              {CLAIM_STATUSES.map((s) => (
                <li key={s} className={`status-count status-${s}`} title={STATUS_INFO[s].label[t.locale]}>
                  <span className="dot" aria-hidden="true" />
                  {STATUS_INFO[s].label[t.locale]} {n(claims.filter((c) => c.status === s).length)}
                </li>
              ))}
            </ul>
            {conflictIds.size > 0 && (
              <button
                type="button"
                className="conflict-flag conflict-jump"
                onClick={() => onSelect(data.conflicts.find((c) => claims.some((k) => k.id === c.entry.claimId))?.entry.claimId ?? null)}
              >
                {t('conflictsToResolve', { count: conflictIds.size })}
              </button>
            )}
            <div className="signoff-filters" role="group" aria-label={t('filterBySignOff')}>
              {SIGNOFF_FILTERS.map((f) => (
                <button key={f.id} type="button" className="small" aria-pressed={signOff === f.id} onClick={() => setSignOff(signOff === f.id ? null : f.id)}>
                  {f.label[t.locale]} <span className="count">{n(claims.filter((c) => f.matches(c, live)).length)}</span>
                </button>
              ))}
            </div>
            <label className="toggle filter-mine">
              <input type="checkbox" checked={mineOnly} onChange={(e) => setMineOnly(e.target.checked)} />
              {t('assignedToMe')}
            </label>
            <label className="toggle filter-deleted">
              <input type="checkbox" checked={deletedShown} onChange={(e) => setDeletedShown(e.target.checked)} />
              {t('deleted')} <span className="count">{n(deletedClaims.length)}</span>
            </label>
          </div>
        )}
      </header>
      {tab === 'claims' && deletedShown ? (
        <div role="tabpanel" id="panel-claims" aria-labelledby="tab-claims">
          <PageLoading>
            <DeletedClaims
              article={article}
              claims={deletedClaims}
              mayRestore={permissions.deleteClaim}
              onRestore={(id) => void restore(id)}
              liveHistory={data.liveHistory}
              reloadKey={data.acks}
              nameOf={data.people.nameOf}
            />
          </PageLoading>
        </div>
      ) : tab === 'claims' ? (
        <div role="tabpanel" id="panel-claims" aria-labelledby="tab-claims">
          <ClaimsPanel
            article={article}
            claims={shown}
            selectedId={selectedId}
            onSelect={onSelect}
            canCapture={permissions.capture}
            keyOf={data.keyOf}
            emptyText={
              signOff && claims.length > 0 ? t('noClaimsAtStage') : mineOnly && claims.length > 0 ? t('noClaimsAssigned') : undefined
            }
            onReattach={permissions.edit ? onReattach : undefined}
            reattachingId={reattachingId}
            marks={(claim) => ({
              pending: data.pending.claims.has(claim.id),
              conflict: conflictIds.has(claim.id),
              viewers: data.viewers.get(claim.id),
              assignee: claim.assigneeId ? data.people.nameOf(claim.assigneeId) : null,
            })}
            renderSelected={sheetOnPhone((claim) => (
              <PageLoading key={data.keyOf(claim.id)}>
                <ClaimDetails
                  claim={claim}
                  meId={data.me.id}
                  people={data.people}
                  comments={data.comments.filter((c) => c.claimId === claim.id)}
                  pendingComments={data.pending.comments}
                  pendingEvidence={data.pending.evidence}
                  conflicts={data.conflicts.filter((c) => c.entry.claimId === claim.id)}
                  liveHistory={data.liveHistory}
                  reloadKey={data.acks}
                  permissions={perms}
                  actions={actions}
                  onDelete={() => void remove(claim.id)}
                />
              </PageLoading>
            ))}
          />
        </div>
      ) : tab === 'reports' ? (
        <div role="tabpanel" id="panel-reports" aria-labelledby="tab-reports">
          {article ? (
            <PageLoading>
              <ArticleReports
                articleId={article.id}
                canImport={permissions.importArticle ?? false}
                canManageSettings={permissions.manageUsers ?? false}
                claims={data.allClaims}
                canPublish={permissions.publish ?? false}
              />
            </PageLoading>
          ) : (
            <p className="loading">{t('loading')}</p>
          )}
        </div>
      ) : (
        <div role="tabpanel" id="panel-activity" aria-labelledby="tab-activity">
          {article ? (
            <PageLoading>
              <ActivityPanel
                article={article}
                liveHistory={data.liveHistory}
                acks={data.acks}
                claims={data.allClaims}
                nameOf={data.people.nameOf}
                onOpenClaim={openFromActivity}
                onRestore={(id) => void restore(id)}
                mayRestore={permissions.deleteClaim}
              />
            </PageLoading>
          ) : (
            <p className="loading">{t('loading')}</p>
          )}
        </div>
      )}
      {deletedId && <UndoToast onUndo={() => void undo()} onExpire={expire} />}
    </aside>
  );
}

/** The article's deleted claims, the latest deletion first. */
function deletedOf(all: Readonly<Record<string, Claim>>, articleId: string | undefined): Claim[] {
  if (!articleId) return [];
  return Object.values(all)
    .filter((c) => c.articleId === articleId && c.deleted)
    .sort((a, b) => (b.deleted!.at < a.deleted!.at ? -1 : b.deleted!.at > a.deleted!.at ? 1 : 0));
}
