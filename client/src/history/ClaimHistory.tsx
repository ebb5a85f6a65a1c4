import type { LoadedHistory } from './useHistory.ts';
import { HistoryItem } from './HistoryItem.tsx';

/** The claim's full history in the editor, oldest first, as the server recorded it (plus live changes). */
export function ClaimHistory({ history, nameOf }: { history: LoadedHistory; nameOf(id: string | null): string }) {
  const { entries, error, loading } = history;
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
          <HistoryItem key={e.id} entry={e} nameOf={nameOf} />
        ))}
      </ol>
    </section>
  );
}
