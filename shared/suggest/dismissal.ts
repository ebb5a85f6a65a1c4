import type { Article } from '../domain/schemas.ts';
import { apiError, type ApiError } from '../protocol/errors.ts';
import type { SuggestionDismissInput } from '../protocol/payloads.ts';
import { LIMITS } from '../limits.ts';
import { articleIndex } from '../ops/state.ts';
import { normalizedString } from '../text/normalize.ts';
import { withDismissal } from './dismissed.ts';

export { dismissedKeys, withDismissal } from './dismissed.ts';

/** Code points of the matching form kept whole in a key; longer quotes keep their start and their length. */
const KEY_PREFIX = 200;

/**
 * What a dismissal remembers of a suggestion: the matching form of its words
 * (diacritics, hamza forms, digits folded: shared/text/normalize.ts), not its
 * place, so it stays dismissed when a revision moves it or retouches a
 * diacritic, and comes back only when its words really change. Keys are
 * bounded: a long quote keeps its first 200 code points and its length.
 */
export function dismissalKey(quote: string): string {
  const points = [...normalizedString(quote)];
  return points.length <= KEY_PREFIX ? points.join('') : `${points.slice(0, KEY_PREFIX).join('')}…${points.length}`;
}

export type DismissResult = { ok: true; article: Article; key: string; changed: boolean } | { ok: false; error: ApiError };

/**
 * Records a dismissal on the article. The words must be the article's text
 * at that place (a client cannot plant arbitrary keys, and one that is a
 * revision behind is told so); a suggestion already dismissed is no change.
 * Pure: the server stores what it returns.
 */
export function dismissSuggestion(article: Article | undefined, input: SuggestionDismissInput): DismissResult {
  if (!article) return { ok: false, error: apiError('not_found') };
  const text = articleIndex(article);
  if (input.end <= input.start || input.end > text.length) return { ok: false, error: apiError('range_out_of_bounds') };
  if (text.slice(input.start, input.end) !== input.quote) return { ok: false, error: apiError('invalid_payload', 'quote') };
  const key = dismissalKey(input.quote);
  const dismissed = article.dismissed ?? [];
  if (dismissed.includes(key)) return { ok: true, article, key, changed: false };
  if (dismissed.length >= LIMITS.dismissedSuggestionsPerArticle) return { ok: false, error: apiError('limit_reached') };
  // updatedAt stays: it dates the text (a revision's time), and no text changed.
  return { ok: true, article: withDismissal(article, key), key, changed: true };
}
