import type { Article } from '../../../shared/domain/schemas.ts';
import type { ClaimEffect, ClaimEffects } from './revisionPreview.ts';

/** Before saving, the effects are still to come; in the history they happened. */
export type Tense = 'future' | 'past';

const WORDS: Record<Tense, Record<ClaimEffect, string>> = {
  future: { moved: 'will move', reworded: 'will change words', orphaned: 'will be orphaned', placed: 'will be placed again' },
  past: { moved: 'moved', reworded: 'changed words', orphaned: 'orphaned', placed: 'placed again' },
};
const ORDER: ClaimEffect[] = ['moved', 'reworded', 'orphaned', 'placed'];

/** "2 will move · 1 will be orphaned": only the effects that occur. */
export function effectCounts(effects: ClaimEffects, tense: Tense): string {
  if (effects.total === 0) return 'No claims on this text to follow.';
  const parts = ORDER.filter((e) => effects.counts[e] > 0).map((e) => `${effects.counts[e]} ${WORDS[tense][e]}`);
  return parts.length > 0 ? parts.join(' · ') : tense === 'future' ? 'Every claim stays on its words.' : 'Every claim stayed on its words.';
}

interface Props {
  article: Pick<Article, 'dir' | 'lang'>;
  effects: ClaimEffects;
  tense: Tense;
  label: string;
  onSelectClaim?(id: string): void;
}

/**
 * Each affected claim with its words before → after (or its fate), the
 * quotes isolated in the article's direction so Arabic stays whole inside
 * an English sentence. Each is a button: choosing it opens the claim.
 */
export function ClaimEffectList({ article, effects, tense, label, onSelectClaim }: Props) {
  const quote = (text: string, extra = '') => (
    <bdi className={`effect-quote${extra}`} dir={article.dir} lang={article.lang}>
      {text}
    </bdi>
  );
  return (
    <>
      <p className="effect-counts" aria-live="polite">
        {effectCounts(effects, tense)}
      </p>
      {effects.affected.length > 0 && (
        <ul className="effect-list" aria-label={label}>
          {effects.affected.map(({ claim, effect, before, after }) => (
            <li key={claim.id} data-effect={effect}>
              <button type="button" className="effect-item" data-affected-claim={claim.id} onClick={() => onSelectClaim?.(claim.id)}>
                <span className="effect-word">{WORDS[tense][effect]}</span>
                {quote(before, effect === 'orphaned' ? ' is-lost' : '')}
                {after !== null && after !== before && (
                  <>
                    <span className="effect-arrow" aria-hidden="true">
                      →
                    </span>
                    <span className="visually-hidden">becomes</span>
                    {quote(after)}
                  </>
                )}
              </button>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
