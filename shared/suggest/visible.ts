import type { Article, Claim } from '../domain/schemas.ts';
import { dismissalKey, dismissedKeys } from './dismissal.ts';
import { suggestionKey } from './draft-claim.ts';
import type { Suggestion } from './types.ts';

/**
 * The suggestions a reader should see: less those a live claim already
 * holds word for word (deleted and orphaned claims hold no words) and those
 * someone dismissed. One rule for the server's answer and for the reader,
 * which applies it at once when a claim or a dismissal arrives, before the
 * server's next answer says so.
 */
export function visibleSuggestions(suggestions: readonly Suggestion[], claims: readonly Claim[], article: Pick<Article, 'dismissed'>): Suggestion[] {
  const captured = new Set<string>();
  for (const c of claims) if (!c.deleted && !c.orphaned) captured.add(suggestionKey(c.target.position));
  const dismissed = dismissedKeys(article);
  return suggestions.filter((s) => !captured.has(suggestionKey(s)) && !dismissed.has(dismissalKey(s.quote)));
}
