import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { Article, Claim } from '../../../shared/domain/schemas.ts';
import { useT } from '../i18n/useT.ts';
import { orderedPair, RevisionCompare, whoMade, type RevisionPair } from './RevisionCompare.tsx';
import { RevisionDiff } from './RevisionDiff.tsx';
import { revisionHistoryMessages } from './revisionHistory.messages.ts';
import { useRevisionPages } from './useRevisionPages.ts';
import { useReturnFocus } from './useReturnFocus.ts';

/** A close button's glyph: its name is in its aria-label. */
const CLOSE_GLYPH = '\u00d7';

interface Props {
  article: Article;
  /** The article's claims as shown: the comparison says what the changes did to them. */
  claims: readonly Claim[];
  onClose(): void;
  onSelectClaim?(id: string): void;
}

/**
 * The revisions of the text, newest first: each one's number, who made it
 * and when, and the text itself on request. The newest page comes first
 * (loaded again whenever a new revision arrives); older ones on request.
 * Any two loaded revisions can be compared word by word.
 */
export function RevisionHistory({ article, claims, onClose, onSelectClaim }: Props) {
  const t = useT(revisionHistoryMessages);
  const { revisions, hasOlder, loadingOlder, error, loadOlder } = useRevisionPages(article.id, article.revision);
  const [pair, setPair] = useState<RevisionPair | null>(null);
  const diffRef = useRef<HTMLDivElement>(null);
  const viewRef = useRef<HTMLElement>(null);
  useReturnFocus(viewRef);
  // The control that showed the comparison, to go back to when Escape hides it.
  const compareOpener = useRef<Element | null>(null);
  const showPair = (next: RevisionPair | null) => {
    if (next && !pair) compareOpener.current = document.activeElement;
    setPair(next);
  };
  // Escape hides the comparison first, then closes the history.
  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    if (e.key !== 'Escape') return;
    e.stopPropagation();
    if (!pair) return onClose();
    setPair(null);
    const back = compareOpener.current;
    if (back instanceof HTMLElement && back.isConnected) back.focus();
  };
  const find = (n: number) => revisions?.find((r) => r.revision === n);
  const shown = pair && orderedPair(pair);
  const older = shown && find(shown.older);
  const newer = shown && find(shown.newer);
  useEffect(() => {
    if (pair) diffRef.current?.scrollIntoView({ block: 'nearest' });
  }, [pair]);

  return (
    <section ref={viewRef} className="revision-history" aria-label={t('revisionHistory')} onKeyDown={onKeyDown}>
      <header className="revision-history-head">
        <h2 className="section-title">{t('historyOfText')}</h2>
        <button type="button" className="ghost" aria-label={t('closeHistory')} onClick={onClose}>
          {CLOSE_GLYPH}
        </button>
      </header>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {revisions === null ? (
        !error && <p className="section-note">{t('loading')}</p>
      ) : (
        <>
          <RevisionCompare revisions={revisions} pair={pair} onPick={showPair} />
          <div ref={diffRef} className="revision-diff-slot">
            {older && newer && <RevisionDiff article={article} claims={claims} older={older} newer={newer} onSelectClaim={onSelectClaim} />}
          </div>
          <ol className="revision-list">
            {revisions.map((r, i) => (
              <li key={r.revision} className="revision-item" aria-current={r.revision === article.revision ? 'true' : undefined}>
                <p className="revision-line">
                  <span className="revision-number">{t('revision', { revision: r.revision })}</span>
                  {r.revision === article.revision && <span className="revision-current">{t('current')}</span>}
                  <span className="revision-who">
                    <bdi>{whoMade(r, t)}</bdi>
                  </span>
                  <time dateTime={r.at}>{t.format.dateTime(r.at)}</time>
                  {revisions[i + 1] && (
                    <button type="button" className="ghost small" onClick={() => showPair({ older: revisions[i + 1]!.revision, newer: r.revision })}>
                      {t('compareWith', { revision: revisions[i + 1]!.revision })}
                    </button>
                  )}
                </p>
                <details>
                  <summary>{t('text')}</summary>
                  <div className="revision-body" dir={article.dir} lang={article.lang}>
                    {r.body.map((p, i) => (
                      <p key={i}>{p}</p>
                    ))}
                  </div>
                </details>
              </li>
            ))}
          </ol>
          {hasOlder && (
            <button type="button" className="ghost show-older" disabled={loadingOlder} aria-busy={loadingOlder} onClick={loadOlder}>
              {t('showOlderRevisions')}
            </button>
          )}
        </>
      )}
    </section>
  );
}
