import { evidenceKey, type PublishedClaim, type PublishedReport } from './report.ts';

/**
 * What a republication changed, claim by claim: the public page lists every
 * correction with its date ("Updated <date>: …"), as fact-checkers'
 * correction policies ask (IFCN principle 5: open and honest corrections).
 * Kept as data, not sentences, so the page words them in the article's
 * language (labels.ts).
 */
export const CORRECTED_FIELDS = ['rating', 'explanation', 'claimReviewed', 'source', 'quote', 'evidence'] as const;
export type CorrectedField = (typeof CORRECTED_FIELDS)[number];

export interface Correction {
  /** When the version that made it was published. */
  at: string;
  /** The version that made it. */
  version: number;
  claimId: string;
  kind: 'added' | 'removed' | 'changed';
  /** The claim as the page names it (its text in the new version; in the old one when removed). */
  claimReviewed: string;
  fields: CorrectedField[];
  /** The verdict before and after, when it changed. */
  ratingFrom: string | null;
  ratingTo: string | null;
}

/** The corrections a new version makes to the one before, in the new version's reading order (removed claims last). */
export function correctionsBetween(before: PublishedReport, after: PublishedReport, at: string, version: number): Correction[] {
  const old = new Map(before.claims.map((c) => [c.claimId, c]));
  const now = new Set(after.claims.map((c) => c.claimId));
  const out: Correction[] = [];
  for (const c of after.claims) {
    const prev = old.get(c.claimId);
    const base = { at, version, claimId: c.claimId, claimReviewed: c.claimReviewed };
    if (!prev) {
      out.push({ ...base, kind: 'added', fields: [], ratingFrom: null, ratingTo: c.rating?.alternateName ?? null });
      continue;
    }
    const fields = changedFields(prev, c);
    if (fields.length === 0) continue;
    const rated = fields.includes('rating');
    out.push({ ...base, kind: 'changed', fields, ratingFrom: rated ? (prev.rating?.alternateName ?? null) : null, ratingTo: rated ? (c.rating?.alternateName ?? null) : null });
  }
  for (const c of before.claims) {
    if (now.has(c.claimId)) continue;
    out.push({ at, version, claimId: c.claimId, kind: 'removed', claimReviewed: c.claimReviewed, fields: [], ratingFrom: c.rating?.alternateName ?? null, ratingTo: null });
  }
  return out;
}

function changedFields(a: PublishedClaim, b: PublishedClaim): CorrectedField[] {
  const same: Record<CorrectedField, boolean> = {
    rating: (a.rating?.labelId ?? null) === (b.rating?.labelId ?? null) && (a.rating?.alternateName ?? null) === (b.rating?.alternateName ?? null),
    explanation: a.explanation === b.explanation,
    claimReviewed: a.claimReviewed === b.claimReviewed,
    source: a.source === b.source,
    quote: a.quote === b.quote,
    evidence: evidenceKey(a) === evidenceKey(b),
  };
  return CORRECTED_FIELDS.filter((f) => !same[f]);
}
