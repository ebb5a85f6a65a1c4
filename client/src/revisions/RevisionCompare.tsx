import { useId } from 'react';
import { useT, type Translator } from '../i18n/useT.ts';
import { revisionHistoryMessages } from './revisionHistory.messages.ts';
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

/** Who made a revision; the first one, recorded as made by 'original', is the original text. */
export const whoMade = (r: RevisionRecord, t: Translator<typeof revisionHistoryMessages>) => (r.byId === null && r.by === 'original' ? t('originalText') : r.by);
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
  const t = useT(revisionHistoryMessages);
  if (revisions.length < 2) return null;
  const chosen = defaults(revisions, pair);
  const pick = (which: keyof RevisionPair, value: string) => onPick({ ...chosen, [which]: Number(value) });
  const options = revisions.map((r) => (
    <option key={r.revision} value={r.revision}>
      {t('revisionBy', { revision: r.revision, name: isolated(whoMade(r, t)) })}
    </option>
  ));
  return (
    <form className="revision-compare" aria-labelledby={`${id}-title`} onSubmit={(e) => (e.preventDefault(), onPick(chosen))}>
      <span id={`${id}-title`} className="revision-compare-title">
        {t('compare')}
      </span>
      <label>
        <span className="visually-hidden">{t('olderRevision')}</span>
        <select value={chosen.older} onChange={(e) => pick('older', e.target.value)}>
          {options}
        </select>
      </label>
      <span aria-hidden="true">{t('with')}</span>
      <label>
        <span className="visually-hidden">{t('newerRevision')}</span>
        <select value={chosen.newer} onChange={(e) => pick('newer', e.target.value)}>
          {options}
        </select>
      </label>
      {pair ? (
        <button type="button" className="ghost" onClick={() => onPick(null)}>
          {t('hideChanges')}
        </button>
      ) : (
        <button type="submit">{t('showChanges')}</button>
      )}
    </form>
  );
}
