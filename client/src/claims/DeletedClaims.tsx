import { useState } from 'react';
import type { Article, Claim, HistoryEntry } from '../../../shared/domain/schemas.ts';
import { ClaimHistory } from '../history/ClaimHistory.tsx';
import { shorten } from '../history/describe.ts';
import { useClaimHistory } from '../history/useHistory.ts';
import { useT } from '../i18n/useT.ts';
import { claimsMessages } from './claims.messages.ts';

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
  const t = useT(claimsMessages);
  if (claims.length === 0) return <p className="claims-empty">{t('noDeleted')}</p>;
  return (
    <>
      <p className="section-note">{t('deletedNote')}</p>
      <ul className="claims-list deleted-claims" aria-label={t('deletedClaims')}>
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
  const t = useT(claimsMessages);
  const deletedBy = t.rich('deletedBy', {
    name: <bdi>{claim.deleted?.by}</bdi>,
    time: <time dateTime={claim.deleted?.at}>{claim.deleted ? t.format.dateTime(claim.deleted.at) : ''}</time>,
  });
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
        {deletedBy}
      </p>
      <div className="deleted-claim-actions">
        {onRestore && (
          <button type="button" className="small" onClick={onRestore}>
            {t('restore')}
          </button>
        )}
        <button type="button" className="small ghost" aria-expanded={open} onClick={() => setOpen((o) => !o)}>
          {t('history')}
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
