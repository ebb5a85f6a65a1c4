import { useState } from 'react';
import type { SourceView } from '../../../shared/sources/merges.ts';
import { useT } from '../i18n/useT.ts';
import { sourcesMessages } from './sources.messages.ts';

export interface MergeBarProps {
  /** The sources selected, two or more. */
  chosen: SourceView[];
  busy: boolean;
  error: string | null;
  onMerge(into: string, from: string[], name: string): void;
  onClear(): void;
}

/**
 * Merging the selected sources: the editor picks which one the others
 * join (its key stays the source's identity) and the spelling the merged
 * source shows. Nothing is merged until they press Merge.
 */
export function MergeBar({ chosen, busy, error, onMerge, onClear }: MergeBarProps) {
  const t = useT(sourcesMessages);
  const [into, setInto] = useState(chosen[0]!.key);
  const canonical = chosen.find((s) => s.key === into) ?? chosen[0]!;
  const spellings = [...new Set(chosen.flatMap((s) => s.spellings))];
  const [name, setName] = useState<string | null>(null);
  const shown = name !== null && spellings.includes(name) ? name : canonical.name;
  return (
    <section className="merge-bar dash-card" aria-label={t('mergeSources')}>
      <h2>{t('mergeHeading', { count: chosen.length })}</h2>
      <fieldset>
        <legend>{t('keepAs')}</legend>
        {chosen.map((s) => (
          <label key={s.key} className="merge-choice">
            <input type="radio" name="merge-into" value={s.key} checked={s.key === canonical.key} onChange={() => setInto(s.key)} />
            <bdi dir="auto">{s.name}</bdi> <span className="merge-count">({t.format.number(s.claims)})</span>
          </label>
        ))}
      </fieldset>
      <label className="merge-name">
        {t('shownAs')}{' '}
        <select value={shown} onChange={(e) => setName(e.target.value)} dir="auto">
          {spellings.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </select>
      </label>
      <div className="merge-actions">
        <button
          type="button"
          className="primary"
          disabled={busy}
          onClick={() =>
            onMerge(
              canonical.key,
              chosen.filter((s) => s.key !== canonical.key).map((s) => s.key),
              shown,
            )
          }
        >
          {t('merge')}
        </button>
        <button type="button" onClick={onClear} disabled={busy}>
          {t('cancel')}
        </button>
      </div>
      {error && (
        <p role="alert" className="merge-error">
          {error}
        </p>
      )}
    </section>
  );
}
