import { z } from 'zod';
import { CORRECTED_FIELDS } from '../../shared/publish/corrections.ts';
import type { Publication } from '../../shared/publish/publication.ts';

/**
 * A published version as every store keeps it (shared/publish/publication.ts),
 * checked field by field when read from db.json, the journal or a copy.
 */
const IsoDateSchema = z.iso.datetime();

const RatingSchema = z.object({
  labelId: z.string(),
  ratingValue: z.number().int(),
  bestRating: z.number().int(),
  worstRating: z.number().int().min(1),
  alternateName: z.string().min(1),
});

const PublishedClaimSchema = z.object({
  claimId: z.string(),
  quote: z.string(),
  prefix: z.string(),
  suffix: z.string(),
  claimReviewed: z.string(),
  source: z.string(),
  rating: RatingSchema.nullable(),
  explanation: z.string(),
  evidence: z.array(z.object({ url: z.string(), title: z.string() })),
  approvedAt: IsoDateSchema,
  firstPublishedAt: IsoDateSchema,
  updatedAt: IsoDateSchema.nullable(),
});

const PublishedReportSchema = z.object({
  articleId: z.string(),
  title: z.string(),
  byline: z.string(),
  dateline: z.string(),
  articleDate: z.string().nullable(),
  lang: z.string(),
  dir: z.enum(['rtl', 'ltr']),
  originalUrl: z.string().nullable(),
  organizationName: z.string(),
  organizationUrl: z.string(),
  claims: z.array(PublishedClaimSchema),
});

const CorrectionSchema = z.object({
  at: IsoDateSchema,
  version: z.number().int().min(1),
  claimId: z.string(),
  kind: z.enum(['added', 'removed', 'changed']),
  claimReviewed: z.string(),
  fields: z.array(z.enum(CORRECTED_FIELDS)),
  ratingFrom: z.string().nullable(),
  ratingTo: z.string().nullable(),
});

export const StoredPublicationSchema = z.object({
  articleId: z.string(),
  version: z.number().int().min(1),
  slug: z.string().min(1),
  publishedAt: IsoDateSchema,
  publishedBy: z.string(),
  publishedById: z.string().nullable(),
  firstPublishedAt: IsoDateSchema,
  report: PublishedReportSchema,
  corrections: z.array(CorrectionSchema),
  unpublished: z.object({ by: z.string(), byId: z.string().nullable(), at: IsoDateSchema }).nullable(),
}) satisfies z.ZodType<Publication>;

/** How a version is keyed in db.json and copies: article id and version. */
export const publicationKey = (p: Pick<Publication, 'articleId' | 'version'>) => `${p.articleId}/${p.version}`;
