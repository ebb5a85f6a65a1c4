import type { LoadedHistory } from './useHistory.ts';
import { HistoryItem } from './HistoryItem.tsx';

/**
 * The claim's full history in the editor, oldest first, as the server recorded it (plus live changes).
 * With `onRestore` (the claim is deleted and this person may restore it), its latest deletion offers Restore.
 */
export function ClaimHistory({ history, nameOf, onRestore }: { history: LoadedHistory; nameOf(id: string | null): string; onRestore?: () => void }) {
  const { entries, error, loading } = history;
  const lastDeletion = onRestore ? [...entries].reverse().find((e) => e.action === 'deleted')?.id : undefined;
  return (
    <section className="editor-section" aria-label="History">
      <h3 className="section-title">
        History <span className="count">{entries.length}</span>
      </h3>
      {error && (
        <p className="section-note" role="status">
          History could not be loaded just now; showing what is known.
        </p>
      )}
      {!loading && entries.length === 0 && !error && <p className="section-note">No recorded changes yet.</p>}
      <ol className="history-list" data-testid="claim-history">
        {entries.map((e) => (
          <HistoryItem
            key={e.id}
            entry={e}
            nameOf={nameOf}
            extra={
              e.id === lastDeletion && (
                <>
                  {' '}
                  <button type="button" className="link-button history-restore" onClick={onRestore}>
                    Restore
                  </button>
                </>
              )
            }
          />
        ))}
      </ol>
    </section>
  );
}
