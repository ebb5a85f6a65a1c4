import * as z from 'zod/mini';
import { HttpUrlInputSchema, IdSchema, ReviewStateSchema, StatusSchema, intAtLeast, userText } from '../domain/schemas.ts';
import { LIMITS } from '../limits.ts';
import { cpLength } from '../text/codepoints.ts';

/**
 * Schemas for every inbound payload. Types say nothing at run time: the
 * server parses each packet with one of these before anything else happens.
 * Unknown fields are stripped.
 */

export const DisplayNameSchema = z.pipe(userText(LIMITS.displayName, { trim: true }), z.string().check(z.minLength(1, 'a display name is required')));

/**
 * A client-generated id for one mutation. Sending the same op twice (a
 * retry after a lost ack) applies it once; the second send gets the first
 * result. Optional for integrations; the app always sends one.
 */
export const OpIdSchema = z.string().check(z.regex(/^[A-Za-z0-9_-]{8,64}$/, 'an opId is 8-64 letters, digits, "-" or "_"'));

export const ArticleJoinSchema = z.object({
  articleId: IdSchema,
  /** The last change sequence number this client saw; the join then returns only what it missed. */
  sinceSeq: z.optional(intAtLeast(0)),
  /**
   * Follow the article's changes without being shown as present in it (the
   * dashboard watches every article; readers should not see its viewer there).
   */
  watch: z.optional(z.boolean()),
});
export type ArticleJoinInput = z.infer<typeof ArticleJoinSchema>;

export const ArticleLeaveSchema = z.object({ articleId: IdSchema });
export type ArticleLeaveInput = z.infer<typeof ArticleLeaveSchema>;

/** Follow (or stop following) which articles change, as the dashboard does; `watch: false` stops. */
export const DashboardWatchSchema = z.object({ watch: z.boolean() });
export type DashboardWatchInput = z.infer<typeof DashboardWatchSchema>;

const ClaimFieldsSchema = {
  status: z.optional(StatusSchema),
  summary: z.optional(userText(LIMITS.summary, { trim: true })),
  attributedTo: z.optional(userText(LIMITS.attributedTo, { trim: true })),
  note: z.optional(userText(LIMITS.note)),
  /** An account id, or null to unassign. */
  assigneeId: z.optional(z.nullable(IdSchema)),
};

/** Words someone selected: code points, at least one. */
const SpanSchema = z
  .object({ start: intAtLeast(0), end: intAtLeast(0) })
  .check(z.refine((t) => t.end > t.start, { message: 'end must be greater than start' }));

export const ClaimCreateSchema = z.object({
  opId: z.optional(OpIdSchema),
  articleId: IdSchema,
  target: SpanSchema,
  ...ClaimFieldsSchema,
});
export type ClaimCreateInput = z.infer<typeof ClaimCreateSchema>;

/**
 * Sign-off and the public verdict, changed on claims that exist (never at
 * capture). `rating` is a label id of the workspace's scale (checked
 * against it when applied) or null for the status's label. `reviewComment`
 * goes with sending a claim back and becomes a comment on it.
 */
const ClaimReviewFieldsSchema = {
  explanation: z.optional(userText(LIMITS.explanation)),
  rating: z.optional(z.nullable(z.string().check(z.regex(/^[a-z0-9][a-z0-9_-]{0,39}$/, 'a rating label id')))),
  review: z.optional(ReviewStateSchema),
  reviewComment: z.optional(z.pipe(userText(LIMITS.comment, { trim: true }), z.string().check(z.minLength(1, 'a comment needs text')))),
};

export const ClaimChangesSchema = z
  .object({ ...ClaimFieldsSchema, ...ClaimReviewFieldsSchema })
  .check(z.refine((c) => Object.values(c).some((v) => v !== undefined), { message: 'no changes given' }));
export type ClaimChanges = z.infer<typeof ClaimChangesSchema>;

export const ClaimUpdateSchema = z.object({
  opId: z.optional(OpIdSchema),
  id: IdSchema,
  /** The claim version the change was made on; omit to apply unconditionally. */
  baseVersion: z.optional(intAtLeast(1)),
  changes: ClaimChangesSchema,
});
export type ClaimUpdateInput = z.infer<typeof ClaimUpdateSchema>;

export const ClaimIdSchema = z.object({ opId: z.optional(OpIdSchema), id: IdSchema });
export type ClaimIdInput = z.infer<typeof ClaimIdSchema>;

export const EvidenceAddSchema = z.object({
  opId: z.optional(OpIdSchema),
  claimId: IdSchema,
  url: HttpUrlInputSchema,
  title: z.optional(userText(LIMITS.evidenceTitle, { trim: true })),
  note: z.optional(userText(LIMITS.evidenceNote)),
});
export type EvidenceAddInput = z.infer<typeof EvidenceAddSchema>;

export const EvidenceRemoveSchema = z.object({ opId: z.optional(OpIdSchema), claimId: IdSchema, evidenceId: IdSchema });
export type EvidenceRemoveInput = z.infer<typeof EvidenceRemoveSchema>;

export const CommentCreateSchema = z.object({
  opId: z.optional(OpIdSchema),
  claimId: IdSchema,
  text: z.pipe(userText(LIMITS.comment, { trim: true }), z.string().check(z.minLength(1, 'a comment needs text'))),
});
export type CommentCreateInput = z.infer<typeof CommentCreateSchema>;

/** Volatile: which claim a person has open and what text they have selected. */
export const PresenceUpdateSchema = z.object({
  articleId: IdSchema,
  claimId: z.nullable(IdSchema),
  selection: z.nullable(
    z.object({ start: intAtLeast(0), end: intAtLeast(0) }).check(z.refine((s) => s.end >= s.start, { message: 'end before start' })),
  ),
});
export type PresenceUpdateInput = z.infer<typeof PresenceUpdateSchema>;

/**
 * The path of the first invalid field ("target.end"), for the error ack's
 * `field`. Paths are made of schema keys (unknown keys are stripped, never
 * reported), so no user text reaches the client this way.
 */
export function firstInvalidField(error: z.core.$ZodError): string | undefined {
  const path = error.issues[0]?.path ?? [];
  return path.length ? path.map(String).join('.') : undefined;
}

/** A readable list of what is wrong, for logs and the CLI (not for clients). */
export function describeIssues(error: z.core.$ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message))
    .join('; ');
}

/** Article text as typed or pasted: paragraphs separated by blank lines. */
const ArticleBodyTextSchema = z.string().check(
  z.refine((s) => !/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.test(s), 'contains control characters'),
  z.refine((s) => cpLength(s) <= LIMITS.articleBody, `longer than ${LIMITS.articleBody} characters`),
  z.refine((s) => s.trim() !== '', 'the article has no text'),
);

/** `POST /api/articles`: a new article from text. */
export const ArticleCreateSchema = z.object({
  title: z.pipe(userText(LIMITS.articleTitle, { trim: true }), z.string().check(z.minLength(1, 'a title is required'))),
  body: ArticleBodyTextSchema,
  byline: z.optional(userText(LIMITS.articleMeta, { trim: true })),
  dateline: z.optional(userText(LIMITS.articleMeta, { trim: true })),
  lang: z.optional(z.string().check(z.regex(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/, 'a language tag like "ar" or "en-GB"'))),
  dir: z.optional(z.enum(['rtl', 'ltr'])),
});
export type ArticleCreateInput = z.infer<typeof ArticleCreateSchema>;

/** The answer of `POST /api/articles/extract`: text only, never markup. */
export interface ExtractedArticle {
  title: string;
  byline: string;
  body: string[];
  lang: string;
  dir: 'rtl' | 'ltr';
}

/** `POST /api/articles/extract`: a file's content, reduced to text on the server (never rendered). */
export const ArticleExtractSchema = z.object({
  format: z.enum(['txt', 'md', 'html']),
  content: z.string().check(z.maxLength(LIMITS.articleBody * 4)),
});

export const ArticleReviseSchema = z.object({
  opId: z.optional(OpIdSchema),
  articleId: IdSchema,
  body: ArticleBodyTextSchema,
  /** The revision the editor started from; a newer one on the server is a conflict. */
  baseRevision: intAtLeast(1),
});
export type ArticleReviseInput = z.infer<typeof ArticleReviseSchema>;

/** Re-attaches a claim (typically an orphan) to words a person selected. */
export const ClaimReattachSchema = z.object({
  opId: z.optional(OpIdSchema),
  id: IdSchema,
  target: SpanSchema,
});
export type ClaimReattachInput = z.infer<typeof ClaimReattachSchema>;

/** Dismisses a suggested claim for everyone in the article: its place and its words (which must be the text there). */
export const SuggestionDismissSchema = z.object({
  opId: z.optional(OpIdSchema),
  articleId: IdSchema,
  start: intAtLeast(0),
  end: intAtLeast(1),
  quote: z.string().check(z.minLength(1), z.refine((s: string) => cpLength(s) <= LIMITS.quote, `longer than ${LIMITS.quote} characters`)),
});
export type SuggestionDismissInput = z.infer<typeof SuggestionDismissSchema>;
