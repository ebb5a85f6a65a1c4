import type { Article, Claim } from '../../../shared/domain/schemas.ts';
import { useT } from '../i18n/useT.ts';
import { HistoryItem } from './HistoryItem.tsx';
import { historyMessages } from './history.messages.ts';
import { shorten } from './describe.ts';
import type { LoadedActivity } from './useActivity.ts';

export interface ActivityFeedProps {
  activity: LoadedActivity;
  article: Article | null;
  /** Every claim known, deleted ones too, to name what each entry is about. */
  claims: Readonly<Record<string, Claim>>;
  nameOf(id: string | null): string;
  onOpenClaim(id: string): void;
  /** Offered on the latest deletion of a claim still deleted, when `mayRestore` allows (editors; reviewers their own claims). */
  onRestore?(id: string): void;
  mayRestore?(claim: Claim): boolean;
}

/** Who did what in this article, newest first: the accountability trail at a glance. */
export function ActivityFeed({ activity, article, claims, nameOf, onOpenClaim, onRestore, mayRestore }: ActivityFeedProps) {
  const t = useT(historyMessages);
  const { entries, error, loading, hasOlder, loadingOlder, loadOlder } = activity;
  const restorable = restorableDeletions(entries, claims, onRestore && mayRestore);
  return (
    <div className="activity">
      {error && (
        <p className="section-note" role="status">
          {t('activityFailed')}
        </p>
      )}
      {!loading && entries.length === 0 && !error && <p className="claims-empty">{t('noActivity')}</p>}
      <ol className="history-list activity-list" data-testid="activity">
        {entries.map((e) => {
          const claim = Object.hasOwn(claims, e.claimId) ? claims[e.claimId] : undefined;
          const live = claim && !claim.deleted;
          const about = claim ? claim.summary || claim.target.quote.exact : null;
          return (
            <HistoryItem
              key={e.id}
              entry={e}
              nameOf={nameOf}
              extra={
                about && (
                  <>
                    {' '}
                    {live ? (
                      <button type="button" className="link-button activity-claim" onClick={() => onOpenClaim(e.claimId)}>
                        <bdi dir={claim.summary ? 'auto' : article?.dir} lang={claim.summary ? undefined : article?.lang}>
                          {shorten(about, 60)}
                        </bdi>
                      </button>
                    ) : (
                      <bdi className="activity-claim is-gone" dir="auto">
                        {shorten(about, 60)}
                      </bdi>
                    )}
                    {restorable.has(e.id) && (
                      <>
                        {' '}
                        <button type="button" className="link-button activity-restore" onClick={() => onRestore?.(e.claimId)}>
                          {t('restore')}
                        </button>
                      </>
                    )}
                  </>
                )
              }
            />
          );
        })}
      </ol>
      {hasOlder && (
        <button type="button" className="ghost show-older" disabled={loadingOlder} aria-busy={loadingOlder} onClick={loadOlder}>
          {t('showOlderActivity')}
        </button>
      )}
    </div>
  );
}

/** The newest deletion of each claim that is still deleted and that this person may restore (entries come newest first). */
function restorableDeletions(entries: LoadedActivity['entries'], claims: ActivityFeedProps['claims'], mayRestore: ((claim: Claim) => boolean) | undefined): Set<string> {
  const found = new Set<string>();
  if (!mayRestore) return found;
  const seen = new Set<string>();
  for (const e of entries) {
    if (e.action !== 'deleted' || seen.has(e.claimId)) continue;
    seen.add(e.claimId);
    const claim = Object.hasOwn(claims, e.claimId) ? claims[e.claimId] : undefined;
    if (claim?.deleted && mayRestore(claim)) found.add(e.id);
  }
  return found;
}
