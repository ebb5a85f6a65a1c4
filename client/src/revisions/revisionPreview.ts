import { bodyText } from '../../../shared/domain/article.ts';
import type { Article, Claim } from '../../../shared/domain/schemas.ts';
import { applyRevision } from '../../../shared/ops/article-ops.ts';
import type { WorkspaceState } from '../../../shared/ops/types.ts';
import { OffsetIndex } from '../../../shared/text/codepoints.ts';

/** What a new text does to one claim. */
export type ClaimEffect = 'moved' | 'reworded' | 'orphaned' | 'placed';

export interface AffectedClaim {
  claim: Claim;
  effect: ClaimEffect;
  /** The words the claim quotes now. */
  before: string;
  /** The words it will quote; null when it will be orphaned. */
  after: string | null;
}

export interface ClaimEffects {
  /** How many claims the mapping followed (the article's live ones). */
  total: number;
  counts: Record<ClaimEffect, number>;
  /** In the order of the old text; claims left where they were are not listed. */
  affected: AffectedClaim[];
}

/** The dry run's actor: nothing it makes is kept or sent. */
const DRY_RUN = { actor: 'preview', actorId: null };

/**
 * The article and only its claims, so the mapping costs what the article
 * holds, never the whole workspace the client might know of.
 */
function articleState(article: Article, claims: readonly Claim[]): WorkspaceState {
  const own = claims.filter((c) => c.articleId === article.id && !c.deleted);
  return { articles: { [article.id]: article }, claims: Object.fromEntries(own.map((c) => [c.id, c])), comments: {} };
}

/** The claims as the new text would leave them (only those it changes come back from the mapping). */
function mapClaims(article: Article, claims: readonly Claim[], body: string) {
  const state = articleState(article, claims);
  const r = applyRevision(state, { articleId: article.id, body, baseRevision: article.revision }, { ...DRY_RUN, now: article.updatedAt });
  return r.ok ? { state, revised: r.article, changed: new Map(r.claims.map((c) => [c.id, c])) } : null;
}

const effectOf = (before: Claim, after: Claim): ClaimEffect | null => {
  if (after.orphaned) return before.orphaned ? null : 'orphaned';
  if (before.orphaned) return 'placed';
  if (after.target.quote.exact !== before.target.quote.exact) return 'reworded';
  const [a, b] = [before.target.position, after.target.position];
  return a.start !== b.start || a.end !== b.end ? 'moved' : null;
};

const byPosition = (a: AffectedClaim, b: AffectedClaim) =>
  a.claim.target.position.start - b.claim.target.position.start || a.claim.target.position.end - b.claim.target.position.end;

/**
 * A dry run of a revision: the product's own mapping (shared applyRevision,
 * the one the server runs on save) applied to the article and its claims as
 * this client holds them, with nothing kept. Each claim's effect is read
 * from the claims the mapping returns, so a finer mapping shows here as is.
 */
export function previewRevision(article: Article, claims: readonly Claim[], body: string): ClaimEffects | null {
  const mapped = mapClaims(article, claims, body);
  if (!mapped) return null;
  const counts: Record<ClaimEffect, number> = { moved: 0, reworded: 0, orphaned: 0, placed: 0 };
  const affected: AffectedClaim[] = [];
  for (const [id, after] of mapped.changed) {
    const before = mapped.state.claims[id];
    const effect = before ? effectOf(before, after) : null;
    if (!before || !effect) continue;
    counts[effect]++;
    affected.push({ claim: before, effect, before: before.target.quote.exact, after: after.orphaned ? null : after.target.quote.exact });
  }
  affected.sort(byPosition);
  return { total: Object.keys(mapped.state.claims).length, counts, affected };
}

/**
 * An orphan keeps the words and place it had in the text before the
 * revision that orphaned it: where an older text still has them there, it
 * was on them in that text.
 */
function holds(claim: Claim, text: OffsetIndex): boolean {
  const { start, end } = claim.target.position;
  return end <= text.length && text.slice(start, end) === claim.target.quote.exact;
}

/**
 * What happened to the claims between two revisions of the text. Claims
 * carry their place in the current text only, so each is first found in the
 * older revision by the same mapping (current text → older text; one whose
 * words are not there is an orphan there), then that text is revised into
 * the newer one: the effects are the ones saving the newer text over the
 * older would have had on today's claims. The mapping keeps an orphan
 * orphaned through a known edit (whatever resembles it is a lookalike), so a
 * claim on words the newer text added is found from today's text instead:
 * it is "placed again" between the two. An orphan of today is on its
 * stored words in an older text that still has them where they were.
 */
export function claimsBetween(current: Article, claims: readonly Claim[], older: readonly string[], newer: readonly string[]): ClaimEffects | null {
  const atOlder = mapClaims(current, claims, bodyText(older));
  const atNewer = mapClaims(current, claims, bodyText(newer));
  if (!atOlder || !atNewer) return null;
  const olderText = new OffsetIndex(bodyText(older));
  const inOlder = Object.values(atOlder.state.claims).map((c) => atOlder.changed.get(c.id) ?? c).map((c) => (c.orphaned && holds(c, olderText) ? { ...c, orphaned: false } : c));
  const effects = previewRevision(atOlder.revised, inOlder, bodyText(newer));
  if (!effects) return null;
  for (const there of inOlder) {
    const today = atOlder.state.claims[there.id]!;
    const inNewer = atNewer.changed.get(there.id) ?? today;
    if (!there.orphaned || today.orphaned || inNewer.orphaned) continue;
    effects.counts.placed++;
    effects.affected.push({ claim: today, effect: 'placed', before: today.target.quote.exact, after: inNewer.target.quote.exact });
  }
  effects.affected.sort(byPosition);
  return effects;
}
