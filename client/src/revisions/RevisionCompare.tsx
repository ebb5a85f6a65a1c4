import { useId } from 'react';
import type { RevisionRecord } from './useRevisionPages.ts';

export interface RevisionPair {
  older: number;
  newer: number;
}

interface Props {
  /** The revisions loaded, newest first. */
  revisions: readonly RevisionRecord[];
  pair: RevisionPair | null;
  onPick(pair: RevisionPair | null): void;
}

export const whoMade = (r: RevisionRecord) => (r.byId === null && r.by === 'original' ? 'original text' : r.by);
/** Options hold text only, so the name is isolated with FSI…PDI (what <bdi> does elsewhere). */
const isolated = (text: string) => `\u2068${text}\u2069`;

/** The pair as compared: older text first, whichever select named it. */
export const orderedPair = ({ older, newer }: RevisionPair): RevisionPair => ({ older: Math.min(older, newer), newer: Math.max(older, newer) });

/** The two revisions last shown, or by default the newest and the one before it. */
const defaults = (revisions: readonly RevisionRecord[], pair: RevisionPair | null): RevisionPair => ({
  older: pair?.older ?? revisions[1]!.revision,
  newer: pair?.newer ?? revisions[0]!.revision,
});

/**
 * Picks any two loaded revisions to compare. The selects keep what was
 * picked; the order does not matter, since the lower number is always
 * shown as the older text (see orderedPair).
 */
export function RevisionCompare({ revisions, pair, onPick }: Props) {
  const id = useId();
  if (revisions.length < 2) return null;
  const chosen = defaults(revisions, pair);
  const pick = (which: keyof RevisionPair, value: string) => onPick({ ...chosen, [which]: Number(value) });
  const options = revisions.map((r) => (
    <option key={r.revision} value={r.revision}>
      {`Revision ${r.revision} (${isolated(whoMade(r))})`}
    </option>
  ));
  return (
    <form className="revision-compare" aria-labelledby={`${id}-title`} onSubmit={(e) => (e.preventDefault(), onPick(chosen))}>
      <span id={`${id}-title`} className="revision-compare-title">
        Compare
      </span>
      <label>
        <span className="visually-hidden">Older revision</span>
        <select value={chosen.older} onChange={(e) => pick('older', e.target.value)}>
          {options}
        </select>
      </label>
      <span aria-hidden="true">with</span>
      <label>
        <span className="visually-hidden">Newer revision</span>
        <select value={chosen.newer} onChange={(e) => pick('newer', e.target.value)}>
          {options}
        </select>
      </label>
      {pair ? (
        <button type="button" className="ghost" onClick={() => onPick(null)}>
          Hide changes
        </button>
      ) : (
        <button type="submit">Show changes</button>
      )}
    </form>
  );
}
