import type { OffsetIndex } from '../../../shared/text/codepoints.ts';
import { useT } from '../i18n/useT.ts';
import { revisionHistoryMessages } from './revisionHistory.messages.ts';

export interface ReattachRequest {
  /** The orphan's original words, to show what is being placed. */
  quote: string;
  /** Why the last attempt was refused, if it was. */
  error?: string | null;
  onAttach(start: number, end: number): void;
  onCancel(): void;
}

export interface ReattachBarProps {
  request: ReattachRequest;
  /** The words selected in the reader now, if any. */
  selection: { start: number; end: number } | null;
  text: OffsetIndex;
  dir: 'rtl' | 'ltr';
  lang: string;
  onAttached(): void;
}

/**
 * Shown while a person re-attaches an orphaned claim: they select the words
 * it now belongs to in the reader, see them here, and confirm. Pressing a
 * button does not take the selection away (mousedown is cancelled, as in
 * the capture toolbar).
 */
export function ReattachBar({ request, selection, text, dir, lang, onAttached }: ReattachBarProps) {
  const t = useT(revisionHistoryMessages);
  const chosen = selection ? text.slice(selection.start, selection.end) : null;
  return (
    <div className="reattach-bar" role="toolbar" aria-label={t('reattachClaim')} onMouseDown={(e) => e.preventDefault()} onKeyDown={(e) => e.key === 'Escape' && request.onCancel()}>
      <div className="reattach-text">
        <p className="reattach-title">{t('reattachTitle')}</p>
        <p className="reattach-quote">
          <span className="field-label">{t('originalWords')}</span>{' '}
          <bdi className="quote-chip" dir={dir} lang={lang}>
            {request.quote}
          </bdi>
        </p>
        <p className="reattach-quote" aria-live="polite">
          <span className="field-label">{t('selected')}</span>{' '}
          {chosen ? (
            <bdi className="quote-chip is-new" dir={dir} lang={lang}>
              {chosen}
            </bdi>
          ) : (
            <span className="is-empty">{t('nothingYet')}</span>
          )}
        </p>
      </div>
      {request.error && (
        <p className="field-error" role="alert">
          {request.error}
        </p>
      )}
      <div className="reattach-actions">
        <button
          type="button"
          className="primary"
          disabled={!selection}
          onClick={() => {
            if (!selection) return;
            request.onAttach(selection.start, selection.end);
            onAttached();
          }}
        >
          {t('attachToSelection')}
        </button>
        <button type="button" onClick={request.onCancel}>
          {t('cancel')}
        </button>
      </div>
    </div>
  );
}
