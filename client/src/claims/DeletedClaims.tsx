import { useState } from 'react';
import type { Article, Claim, HistoryEntry } from '../../../shared/domain/schemas.ts';
import { ClaimHistory } from '../history/ClaimHistory.tsx';
import { formatWhen, shorten } from '../history/describe.ts';
import { useClaimHistory } from '../history/useHistory.ts';

const STRINGS = {
  listLabel: 'Deleted claims',
  empty: 'No deleted claims.',
  emptyAr: 'لا توجد ادعاءات محذوفة.',
  deletedBy: 'Deleted by',
  restore: 'Restore',
  history: 'History',
  note: 'A deleted claim keeps its status, sources, discussion and history. The person who captured it and editors can restore it.',
};

export interface DeletedClaimsProps {
  article: Article | null;
  /** The article's deleted claims, newest deletion first. */
  claims: readonly Claim[];
  /** Editors may restore any claim; reviewers the claims they captured. */
  mayRestore(claim: Claim): boolean;
  onRestore(id: string): void;
  liveHistory: readonly HistoryEntry[];
  reloadKey: number;
  nameOf(id: string | null): string;
}

/** The claims panel's "Deleted" filter: every deleted claim of the article, each restorable for as long as it is deleted. */
export function DeletedClaims({ article, claims, mayRestore, onRestore, liveHistory, reloadKey, nameOf }: DeletedClaimsProps) {
  if (claims.length === 0) {
    return (
      <p className="claims-empty">
        {STRINGS.empty}
        <br />
        <span lang="ar" dir="rtl">
          {STRINGS.emptyAr}
        </span>
      </p>
    );
  }
  return (
    <>
      <p className="section-note">{STRINGS.note}</p>
      <ul className="claims-list deleted-claims" aria-label={STRINGS.listLabel}>
        {claims.map((claim) => (
          <DeletedClaim key={claim.id} {...{ article, claim, liveHistory, reloadKey, nameOf }} onRestore={mayRestore(claim) ? () => onRestore(claim.id) : undefined} />
        ))}
      </ul>
    </>
  );
}

interface DeletedClaimProps {
  article: Article | null;
  claim: Claim;
  onRestore?: () => void;
  liveHistory: readonly HistoryEntry[];
  reloadKey: number;
  nameOf(id: string | null): string;
}

function DeletedClaim({ article, claim, onRestore, liveHistory, reloadKey, nameOf }: DeletedClaimProps) {
  const [open, setOpen] = useState(false);
  return (
    <li className="claim-card deleted-claim" data-claim-id={claim.id}>
      <p className="claim-quote">
        <bdi dir={article?.dir} lang={article?.lang}>
          {shorten(claim.target.quote.exact, 160)}
        </bdi>
      </p>
      {claim.summary && (
        <p className="claim-summary" dir="auto">
          {claim.summary}
        </p>
      )}
      <p className="claim-meta">
        {STRINGS.deletedBy} <bdi>{claim.deleted?.by}</bdi>{' '}
        <time dateTime={claim.deleted?.at}>{claim.deleted ? formatWhen(claim.deleted.at) : ''}</time>
      </p>
      <div className="deleted-claim-actions">
        {onRestore && (
          <button type="button" className="small" onClick={onRestore}>
            {STRINGS.restore}
          </button>
        )}
        <button type="button" className="small ghost" aria-expanded={open} onClick={() => setOpen((o) => !o)}>
          {STRINGS.history}
        </button>
      </div>
      {open && <DeletedClaimHistory claimId={claim.id} liveHistory={liveHistory} reloadKey={reloadKey} nameOf={nameOf} onRestore={onRestore} />}
    </li>
  );
}

function DeletedClaimHistory(props: { claimId: string; liveHistory: readonly HistoryEntry[]; reloadKey: number; nameOf(id: string | null): string; onRestore?: () => void }) {
  const history = useClaimHistory(props.claimId, props.liveHistory, props.reloadKey);
  return <ClaimHistory history={history} nameOf={props.nameOf} onRestore={props.onRestore} />;
}
