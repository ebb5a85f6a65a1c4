import type { Suggestion } from '../../../shared/suggest/types.ts';
import { PointPopover } from '../reader/PointPopover.tsx';
import { useT } from '../i18n/useT.ts';
import { suggestionMessages } from './suggestions.messages.ts';

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
  const t = useT(suggestionMessages);
  const acceptAll = t.rich('acceptAll', { count: sameSource, source: <bdi lang={lang}>{suggestion.source}</bdi> });
  return (
    <PointPopover className="suggestion-actions" label={t('suggested')} at={at} focus="button.primary" subject={suggestion} onClose={onClose}>
      <p className="chooser-title">{suggestion.kind === 'attributed' ? t('attributedTo') : t('checkable')}</p>
      {suggestion.source && (
        <p className="suggestion-source" dir={dir} lang={lang}>
          {suggestion.source}
        </p>
      )}
      {canAct ? (
        <div className="suggestion-buttons">
          <button type="button" className="primary" onClick={onAccept}>
            {t('accept')}
          </button>
          <button type="button" onClick={onDismiss}>
            {t('dismiss')}
          </button>
          {sameSource > 1 && (
            <button type="button" onClick={onAcceptAll}>
              {acceptAll}
            </button>
          )}
        </div>
      ) : (
        <p className="suggestion-hint">{t('cannotAct')}</p>
      )}
    </PointPopover>
  );
}
