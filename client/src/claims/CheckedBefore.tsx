import { useEffect, useState } from 'react';
import type { Claim } from '../../../shared/domain/schemas.ts';
import type { FoundClaim } from '../../../shared/similarity/found.ts';
import { claimHref } from '../dashboard/claimLink.ts';
import { hostOf } from '../evidence/evidenceForm.ts';
import { fetchSimilarClaims } from '../state/api.ts';
import { isTempId } from '../sync/outboxEntry.ts';
import { useT } from '../i18n/useT.ts';
import { claimEditorMessages } from './claimEditor.messages.ts';
import type { ClaimActions } from '../state/useWorkspace.ts';
import { reuseChanges, reuseVerdict } from './reuseVerdict.ts';
import { StatusBadge } from './StatusBadge.tsx';
import './checked-before.css';

export interface CheckedBeforeProps {
  claim: Claim;
  /** May change the status and add evidence. */
  canReuse: boolean;
  actions: Partial<Pick<ClaimActions, 'updateClaim' | 'addEvidence'>>;
}

type Loaded = { key: string; similar: FoundClaim[] } | { key: string; failed: true };

/**
 * "Checked before": claims of other articles with the same words, and what
 * was decided about them. Asked again when this claim's words, summary or
 * source change (they are what it is matched by), never per keystroke of
 * anything else. A claim not yet saved (its id is still local) is not asked about.
 */
export function CheckedBefore({ claim, canReuse, actions }: CheckedBeforeProps) {
  const key = `${claim.id}\u0000${claim.target.quote.exact}\u0000${claim.summary}\u0000${claim.attributedTo}`;
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [refused, setRefused] = useState<string | null>(null);
  const t = useT(claimEditorMessages);

  useEffect(() => {
    if (isTempId(claim.id)) return;
    const abort = new AbortController();
    fetchSimilarClaims(claim.id, abort.signal).then(
      (r) => setLoaded({ key, similar: r.similar }),
      () => !abort.signal.aborted && setLoaded({ key, failed: true }),
    );
    return () => abort.abort();
    // `key` holds the claim's id and the fields it is matched by.
  }, [key]);

  const current = loaded?.key === key ? loaded : null;
  const similar = current && 'similar' in current ? current.similar : [];
  if (!current || similar.length === 0) return null;
  const sourceLine = (name: string) => t.rich('earlierSource', { name: <bdi>{name}</bdi> });
  const reuse = (earlier: Claim) => {
    if (!actions.updateClaim || !actions.addEvidence) return;
    const r = reuseVerdict(claim, earlier, { updateClaim: actions.updateClaim, addEvidence: actions.addEvidence });
    setRefused(r.ok ? null : r.error.message);
  };

  return (
    <section className="editor-section checked-before" aria-label={t('checkedBefore')}>
      <h3 className="section-title">
        {t('checkedBefore')} <span className="count">{t.format.number(similar.length)}</span>
      </h3>
      {refused && <p className="field-error">{refused}</p>}
      <ul className="checked-before-list">
        {similar.map(({ claim: earlier, articleId, articleTitle, score }) => (
          <li key={earlier.id} className="checked-before-item" data-testid="checked-before-item">
            <p className="checked-before-head">
              <StatusBadge status={earlier.status} />
              <a href={claimHref(articleId, earlier.id)} className="checked-before-article" dir="auto">
                <bdi>{articleTitle}</bdi>
              </a>
              <span className="checked-before-score" title={t('scoreTitle')}>
                {t.format.percent(score)}
              </span>
            </p>
            <p className="checked-before-summary" dir="auto">
              {earlier.summary || earlier.target.quote.exact}
            </p>
            {earlier.attributedTo && <p className="checked-before-source">{sourceLine(earlier.attributedTo)}</p>}
            {earlier.evidence.length > 0 && (
              <ul className="checked-before-evidence">
                {earlier.evidence.map((ev) => (
                  <li key={ev.id}>
                    <a href={ev.url} target="_blank" rel="noopener noreferrer" title={ev.url}>
                      <bdi>{ev.title || hostOf(ev.url)}</bdi>
                    </a>
                  </li>
                ))}
              </ul>
            )}
            {canReuse && reuseChanges(claim, earlier) && (
              <button type="button" className="small" onClick={() => reuse(earlier)}>
                {t('reuse')}
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
