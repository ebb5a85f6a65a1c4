import type { Article, Claim } from '../../../shared/domain/schemas.ts';
import { HistoryItem } from './HistoryItem.tsx';
import { shorten } from './describe.ts';
import type { LoadedActivity } from './useActivity.ts';

export interface ActivityFeedProps {
  activity: LoadedActivity;
  article: Article | null;
  /** Every claim known, deleted ones too, to name what each entry is about. */
  claims: Readonly<Record<string, Claim>>;
  nameOf(id: string | null): string;
  onOpenClaim(id: string): void;
}

/** Who did what in this article, newest first: the accountability trail at a glance. */
export function ActivityFeed({ activity, article, claims, nameOf, onOpenClaim }: ActivityFeedProps) {
  const { entries, error, loading, hasOlder, loadingOlder, loadOlder } = activity;
  return (
    <div className="activity">
      {error && (
        <p className="section-note" role="status">
          Activity could not be loaded just now; showing what is known.
        </p>
      )}
      {!loading && entries.length === 0 && !error && <p className="claims-empty">No activity yet.</p>}
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
                  </>
                )
              }
            />
          );
        })}
      </ol>
      {hasOlder && (
        <button type="button" className="ghost show-older" disabled={loadingOlder} aria-busy={loadingOlder} onClick={loadOlder}>
          Show older activity
        </button>
      )}
    </div>
  );
}
