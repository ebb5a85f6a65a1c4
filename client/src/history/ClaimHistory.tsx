import type { Claim } from '../../../shared/domain/schemas.ts';
import type { LoadedHistory } from './useHistory.ts';
import { useT } from '../i18n/useT.ts';
import { HistoryItem } from './HistoryItem.tsx';
import { historyMessages } from './history.messages.ts';
import { replacedTexts, type TextField } from './replacedText.ts';

/** Offers "Restore my text" where a colleague replaced what this person wrote (see replacedText.ts). */
export interface RestoreTextOption {
  meId: string;
  claim: Claim;
  onRestore(field: TextField, value: string): void;
}

/**
 * The claim's full history in the editor, oldest first, as the server recorded it (plus live changes).
 * With `onRestore` (the claim is deleted and this person may restore it), its latest deletion offers Restore.
 */
export function ClaimHistory(props: { history: LoadedHistory; nameOf(id: string | null): string; onRestore?: () => void; restoreText?: RestoreTextOption }) {
  const { history, nameOf, onRestore, restoreText } = props;
  const t = useT(historyMessages);
  const { entries, error, loading } = history;
  const replaced = restoreText ? replacedTexts(entries, restoreText.meId, restoreText.claim) : [];
  const lastDeletion = onRestore ? [...entries].reverse().find((e) => e.action === 'deleted')?.id : undefined;
  return (
    <section className="editor-section" aria-label={t('history')}>
      <h3 className="section-title">
        {t('history')} <span className="count">{t.format.number(entries.length)}</span>
      </h3>
      {error && (
        <p className="section-note" role="status">
          {t('historyFailed')}
        </p>
      )}
      {!loading && entries.length === 0 && !error && <p className="section-note">{t('noChanges')}</p>}
      <ol className="history-list" data-testid="claim-history">
        {entries.map((e) => (
          <HistoryItem
            key={e.id}
            entry={e}
            nameOf={nameOf}
            extra={
              <>
                {e.id === lastDeletion && (
                  <>
                    {' '}
                    <button type="button" className="link-button history-restore" onClick={onRestore}>
                      {t('restore')}
                    </button>
                  </>
                )}
                {replaced
                  .filter((r) => r.entryId === e.id)
                  .map((r) => (
                    <span key={r.field}>
                      {' '}
                      <button type="button" className="link-button history-restore-text" onClick={() => restoreText?.onRestore(r.field, r.value)}>
                        {t('restoreMyText')}
                      </button>
                    </span>
                  ))}
              </>
            }
          />
        ))}
      </ol>
    </section>
  );
}
