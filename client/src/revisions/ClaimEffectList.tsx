import type { Article } from '../../../shared/domain/schemas.ts';
import { READING_ARROW } from '../history/readingArrow.ts';
import { translator, useT, type Translator } from '../i18n/useT.ts';
import type { ClaimEffect, ClaimEffects } from './revisionPreview.ts';
import { revisionMessages } from './revisions.messages.ts';

/** Before saving, the effects are still to come; in the history they happened. */
export type Tense = 'future' | 'past';
type Key = keyof typeof revisionMessages;
type Words = Translator<typeof revisionMessages>;

/** The catalogue entries naming one claim's fate, and how many claims met it. */
const WORDS: Record<Tense, Record<ClaimEffect, Key>> = {
  future: { moved: 'willMove', reworded: 'willReword', orphaned: 'willOrphan', placed: 'willPlace' },
  past: { moved: 'moved', reworded: 'reworded', orphaned: 'orphaned', placed: 'placed' },
};
const COUNTS = {
  future: { moved: 'countWillMove', reworded: 'countWillReword', orphaned: 'countWillOrphan', placed: 'countWillPlace' },
  past: { moved: 'countMoved', reworded: 'countReworded', orphaned: 'countOrphaned', placed: 'countPlaced' },
} as const satisfies Record<Tense, Record<ClaimEffect, Key>>;
const ORDER: ClaimEffect[] = ['moved', 'reworded', 'orphaned', 'placed'];
const SEPARATOR = ' · ';

/** "2 will move · 1 will be orphaned": only the effects that occur. */
export function effectCounts(effects: ClaimEffects, tense: Tense, t: Words = translator(revisionMessages)): string {
  if (effects.total === 0) return t('noClaimsToFollow');
  const parts = ORDER.filter((e) => effects.counts[e] > 0).map((e) => t(COUNTS[tense][e], { count: effects.counts[e] }));
  return parts.length > 0 ? parts.join(SEPARATOR) : tense === 'future' ? t('everyClaimStays') : t('everyClaimStayed');
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
  const t = useT(revisionMessages);
  const quote = (text: string, lost = false) => (
    <bdi className={lost ? 'effect-quote is-lost' : 'effect-quote'} dir={article.dir} lang={article.lang}>
      {text}
    </bdi>
  );
  return (
    <>
      <p className="effect-counts" aria-live="polite">
        {effectCounts(effects, tense, t)}
      </p>
      {effects.affected.length > 0 && (
        <ul className="effect-list" aria-label={label}>
          {effects.affected.map(({ claim, effect, before, after }) => (
            <li key={claim.id} data-effect={effect}>
              <button type="button" className="effect-item" data-affected-claim={claim.id} onClick={() => onSelectClaim?.(claim.id)}>
                <span className="effect-word">{t(WORDS[tense][effect])}</span>
                {quote(before, effect === 'orphaned')}
                {after !== null && after !== before && (
                  <>
                    <span className="effect-arrow" aria-hidden="true">
                      {READING_ARROW[t.locale]}
                    </span>
                    <span className="visually-hidden">{t('becomes')}</span>
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
