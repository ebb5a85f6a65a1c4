import { useEffect, useRef } from 'react';
import { createPortal } from 'react-dom';
import type { Suggestion } from '../../../shared/suggest/types.ts';

export interface SuggestionActionsProps {
  suggestion: Suggestion;
  /** Where to open, in page coordinates. */
  at: { x: number; y: number };
  dir: 'rtl' | 'ltr';
  lang: string;
  canAct: boolean;
  /** How many shown suggestions name the same source (0 when it has none). */
  sameSource: number;
  onAccept(): void;
  onAcceptAll(): void;
  onDismiss(): void;
  onClose(): void;
}

/** A suggestion's actions beside its words: Accept has the focus, so one click or Enter captures it. */
export function SuggestionActions({ suggestion, at, dir, lang, canAct, sameSource, onAccept, onAcceptAll, onDismiss, onClose }: SuggestionActionsProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.querySelector<HTMLButtonElement>('button.primary')?.focus({ preventScroll: true });
    const away = (e: MouseEvent) => {
      if (!ref.current?.contains(e.target as Node)) onClose();
    };
    document.addEventListener('mousedown', away);
    return () => document.removeEventListener('mousedown', away);
  }, [suggestion, onClose]);
  return createPortal(
    <div
      ref={ref}
      className="suggestion-actions"
      role="dialog"
      aria-label="Suggested claim"
      style={{ top: at.y + 14, left: Math.max(8, Math.min(at.x - 160, window.scrollX + document.documentElement.clientWidth - 328)) }}
      onKeyDown={(e) => e.key === 'Escape' && onClose()}
    >
      <p className="chooser-title">{suggestion.kind === 'attributed' ? 'Suggested claim, attributed to' : 'Suggested claim: a checkable statement'}</p>
      {suggestion.source && (
        <p className="suggestion-source" dir={dir} lang={lang}>
          {suggestion.source}
        </p>
      )}
      {canAct ? (
        <div className="suggestion-buttons">
          <button type="button" className="primary" onClick={onAccept}>
            Accept
          </button>
          <button type="button" onClick={onDismiss}>
            Dismiss
          </button>
          {sameSource > 1 && (
            <button type="button" onClick={onAcceptAll}>
              Accept all {sameSource} from <bdi lang={lang}>{suggestion.source}</bdi>
            </button>
          )}
        </div>
      ) : (
        <p className="suggestion-hint">Reviewers and editors can capture it.</p>
      )}
    </div>,
    document.body,
  );
}
