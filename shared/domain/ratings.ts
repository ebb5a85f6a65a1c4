import * as z from 'zod/mini';
import type { ClaimStatus } from './status.ts';
import { intAtLeast, userText } from './schemas.ts';

/**
 * The public rating scale: the words a published fact-check gives its
 * verdict in (ClaimReview `reviewRating`), set by the workspace. The four
 * statuses are how the desk works; these labels are what readers see.
 * Each status with a verdict maps to a label by default, and a claim may
 * name another label of the scale (`Claim.rating`), "Misleading" say,
 * which no status stands for.
 *
 * ClaimReview's rule, kept here: whole ratings, worstRating at least 1,
 * bestRating above it, and every label's ratingValue between the two.
 */

/** A label a claim can be rated with, in both languages the desk publishes in. */
export interface RatingLabel {
  id: string;
  ratingValue: number;
  name: { en: string; ar: string };
}

/** The statuses that are verdicts; unreviewed has none. */
export type VerdictStatus = Exclude<ClaimStatus, 'unreviewed'>;

export interface RatingScale {
  worstRating: number;
  bestRating: number;
  labels: RatingLabel[];
  /** The label each verdict publishes as unless the claim names one; null publishes no rating. */
  byStatus: Record<VerdictStatus, string | null>;
}

/** Enough labels for any published scale (PolitiFact has 6, Snopes about 15). */
export const MAX_RATING_LABELS = 24;
/** The highest bestRating; ordinal scales in use stop far below. */
export const MAX_RATING = 100;
export const RATING_NAME_MAX = 60;

const LabelIdSchema = z.string().check(z.regex(/^[a-z0-9][a-z0-9_-]{0,39}$/, 'a label id is 1-40 lowercase letters, digits, "-" or "_"'));
const LabelNameSchema = z.pipe(userText(RATING_NAME_MAX, { trim: true }), z.string().check(z.minLength(1, 'a label needs a name in Arabic and in English')));

export const RatingLabelSchema = z.object({
  id: LabelIdSchema,
  ratingValue: intAtLeast(1),
  name: z.object({ en: LabelNameSchema, ar: LabelNameSchema }),
});

export const RatingScaleSchema = z.object({
  worstRating: intAtLeast(1),
  bestRating: intAtLeast(2).check(z.maximum(MAX_RATING)),
  labels: z.array(RatingLabelSchema).check(z.minLength(1, 'the scale needs at least one label'), z.maxLength(MAX_RATING_LABELS)),
  byStatus: z.object({
    attributed: z.nullable(LabelIdSchema),
    verified: z.nullable(LabelIdSchema),
    disputed: z.nullable(LabelIdSchema),
  }),
}).check(
  z.refine((s) => s.bestRating > s.worstRating, { message: 'bestRating must be greater than worstRating', path: ['bestRating'] }),
  z.refine((s) => s.labels.every((l) => l.ratingValue >= s.worstRating && l.ratingValue <= s.bestRating), {
    message: 'every ratingValue must lie between worstRating and bestRating',
    path: ['labels'],
  }),
  z.refine((s) => new Set(s.labels.map((l) => l.id)).size === s.labels.length, { message: 'label ids must be unique', path: ['labels'] }),
  z.refine((s) => Object.values(s.byStatus).every((id) => id === null || s.labels.some((l) => l.id === id)), {
    message: 'each status must map to a label of the scale (or to none)',
    path: ['byStatus'],
  }),
);

/**
 * The scale a workspace starts with. Ordinal from false to true, with the
 * two verdicts in between that professional desks use most: "Misleading"
 * (true words, false impression: chosen per claim, no status stands for
 * it) and "Unproven" (what an attributed claim is: its source said it,
 * nothing independent confirms it).
 */
export const DEFAULT_RATING_SCALE: RatingScale = {
  worstRating: 1,
  bestRating: 4,
  labels: [
    { id: 'false', ratingValue: 1, name: { en: 'False', ar: 'خاطئ' } },
    { id: 'misleading', ratingValue: 2, name: { en: 'Misleading', ar: 'مضلل' } },
    { id: 'unproven', ratingValue: 3, name: { en: 'Unproven', ar: 'غير مثبت' } },
    { id: 'true', ratingValue: 4, name: { en: 'True', ar: 'صحيح' } },
  ],
  byStatus: { attributed: 'unproven', verified: 'true', disputed: 'false' },
};

export function ratingLabel(scale: RatingScale, id: string | null): RatingLabel | undefined {
  return id === null ? undefined : scale.labels.find((l) => l.id === id);
}

/** The label a status publishes as by default, if any. */
export function statusLabel(scale: RatingScale, status: ClaimStatus): RatingLabel | undefined {
  return status === 'unreviewed' ? undefined : ratingLabel(scale, scale.byStatus[status]);
}

export interface PublicRating {
  ratingValue: number;
  bestRating: number;
  worstRating: number;
  /** The verdict in words, in the language asked for; never empty. */
  alternateName: string;
  label: RatingLabel;
}

/**
 * The rating a claim publishes with: the label it names, else its status's.
 * A label the scale no longer has (an admin removed it) falls back to the
 * status's, so a change of scale never leaves a claim rated with nothing
 * it can show. Null for an unreviewed claim naming no label, or a status
 * mapped to none.
 */
export function publicRating(claim: { status: ClaimStatus; rating: string | null }, scale: RatingScale, lang: 'ar' | 'en'): PublicRating | null {
  const label = ratingLabel(scale, claim.rating) ?? statusLabel(scale, claim.status);
  if (!label) return null;
  const other = lang === 'ar' ? label.name.en : label.name.ar;
  return {
    ratingValue: label.ratingValue,
    bestRating: scale.bestRating,
    worstRating: scale.worstRating,
    alternateName: label.name[lang].trim() || other.trim() || label.id,
    label,
  };
}

/** The language a rating is published in for an article in `lang`: Arabic for Arabic, else English. */
export function ratingLanguage(lang: string): 'ar' | 'en' {
  return /^ar(-|$)/i.test(lang) ? 'ar' : 'en';
}
