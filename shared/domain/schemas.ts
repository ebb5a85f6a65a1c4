import * as z from 'zod/mini';
import { LIMITS } from '../limits.ts';
import { CLAIM_STATUSES } from './status.ts';
import { ROLES } from './roles.ts';
import { cpLength } from '../text/codepoints.ts';
import { InterfaceLocaleSchema } from './interface-language.ts';

/**
 * The domain, as zod schemas: the server parses db.json with these at start
 * and the types below are inferred from them, so the stored shape and the
 * TypeScript shape cannot drift apart.
 */

export const IdSchema = z.string().check(z.regex(/^[A-Za-z0-9_-]+$/, 'ids use letters, digits, "-" and "_"'), z.maxLength(LIMITS.id));

/** A whole number of at least `min` (JSON has no integers of its own). */
export const intAtLeast = (min: number) => z.number().check(z.int(), z.minimum(min));

/**
 * Control characters other than tab and newline have no place in user text
 * (C0 with carriage return, DEL, C1), nor do the bidi overrides LRO/RLO,
 * which can make a name or note display as something it is not, nor the
 * Unicode line and paragraph separators. Marks like RLM/LRM stay allowed.
 */
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202D\u202E\u2028\u2029]/;

/** User-written text of at most `max` code points, with no control characters. */
export function userText(max: number, options: { trim?: boolean } = {}) {
  return z.string().check(
    ...(options.trim ? [z.trim()] : []),
    z.refine((s: string) => !CONTROL.test(s), 'contains control characters'),
    z.refine((s: string) => cpLength(s) <= max, `longer than ${max} characters`),
  );
}

export const IsoDateSchema = z.iso.datetime();
export const StatusSchema = z.enum(CLAIM_STATUSES);
export const DirectionSchema = z.enum(['rtl', 'ltr']);

export const ArticleSchema = z.object({
  id: IdSchema,
  title: z.string(),
  byline: z.string(),
  dateline: z.string(),
  lang: z.string().check(z.minLength(2), z.maxLength(35)),
  dir: DirectionSchema,
  body: z.array(z.string()).check(z.minLength(1)),
  revision: intAtLeast(1),
  createdAt: IsoDateSchema,
  updatedAt: IsoDateSchema,
  /**
   * Suggested claims someone dismissed, for everyone, by the matching form
   * of their words (shared/suggest/dismissal.ts), so a dismissal outlives
   * revisions that keep those words. Absent until the first dismissal.
   */
  dismissed: z.optional(z.array(z.string())),
});
export type Article = z.infer<typeof ArticleSchema>;

export const TargetSchema = z.object({
  quote: z.object({
    type: z.literal('TextQuoteSelector'),
    exact: z.string().check(z.minLength(1)),
    prefix: z.string(),
    suffix: z.string(),
  }),
  position: z.object({
    type: z.literal('TextPositionSelector'),
    start: intAtLeast(0),
    end: intAtLeast(1),
  }),
});

/** The fields of a claim a reviewer edits; each carries its own version. */
export const EDITABLE_FIELDS = ['status', 'summary', 'attributedTo', 'note', 'assigneeId', 'explanation', 'rating'] as const;
export type EditableField = (typeof EDITABLE_FIELDS)[number];

/** http(s) only: a javascript: or data: link in evidence would run in a colleague's browser. */
export const HttpUrlSchema = z.url({ protocol: /^https?$/, hostname: /^[^\s/?#]+$/ }).check(z.maxLength(LIMITS.url));

/** Any bidi control: in a link it can only make it read as another address. */
const BIDI_CONTROL = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

/**
 * A link someone types or imports: http(s), and the rules of other user
 * text (no control characters), and no bidi controls at all, which could
 * show "https://bank.example/‮moc.live" as something it is not. (Stored
 * links are read with HttpUrlSchema, so older data still opens.)
 */
export const HttpUrlInputSchema = HttpUrlSchema.check(z.refine((s) => !CONTROL.test(s) && !BIDI_CONTROL.test(s), 'contains control characters'));

/** A source that supports or refutes a claim. */
export const EvidenceSchema = z.object({
  id: IdSchema,
  url: HttpUrlSchema,
  title: z.string(),
  note: z.string(),
  addedBy: z.string(),
  addedById: z.nullable(z.string()),
  addedAt: IsoDateSchema,
});
export type Evidence = z.infer<typeof EvidenceSchema>;

/**
 * Why a revision orphaned a claim: most of its words were deleted, or
 * replaced by other words, or its figures changed (a verdict on "24" is
 * never carried onto "25"), or (text without a known edit) its words were
 * not found with confidence.
 */
export const ORPHAN_REASONS = ['deleted', 'rewritten', 'figures', 'not_found'] as const;
export type OrphanReason = (typeof ORPHAN_REASONS)[number];

/** Sign-off states of a claim, in order: nothing asked, ready for an editor, approved by one. */
export const REVIEW_STATES = ['none', 'ready', 'approved'] as const;
export type ReviewState = (typeof REVIEW_STATES)[number];
export const ReviewStateSchema = z.enum(REVIEW_STATES);
export const ApprovalSchema = z.object({ by: z.string(), byId: z.nullable(z.string()), at: IsoDateSchema });
export type Approval = z.infer<typeof ApprovalSchema>;

export const ClaimSchema = z.object({
  id: IdSchema,
  articleId: IdSchema,
  target: TargetSchema,
  status: StatusSchema,
  summary: z.string(),
  attributedTo: z.string(),
  note: z.string(),
  /** The colleague responsible for checking it (an account id), or nobody. */
  assigneeId: z.nullable(z.string()),
  evidence: z.array(EvidenceSchema),
  /**
   * True when, after a revision of the article, the claim's words could not
   * be found again with confidence: it keeps all its data but is not drawn.
   */
  orphaned: z.boolean(),
  /** Set while orphaned by a revision (claims orphaned before reasons were kept have none). */
  orphanReason: z.optional(z.enum(ORPHAN_REASONS)),
  /** Display names as they were at the time: history keeps what people saw. */
  createdBy: z.string(),
  /** Account ids; null for claims made before accounts existed. */
  createdById: z.nullable(z.string()),
  createdAt: IsoDateSchema,
  updatedBy: z.string(),
  updatedById: z.nullable(z.string()),
  updatedAt: IsoDateSchema,
  /** Goes up by one with every change to the claim. */
  version: intAtLeast(1),
  /**
   * The claim version at which each editable field last changed. An update
   * based on version v conflicts only if a field it changes moved past v, so
   * two people editing different fields never refuse each other.
   */
  fieldVersions: z.object({
    status: intAtLeast(1),
    summary: intAtLeast(1),
    attributedTo: intAtLeast(1),
    note: intAtLeast(1),
    assigneeId: intAtLeast(1),
    /** The fields below came later: records from before read as version 1. */
    explanation: z._default(intAtLeast(1), 1),
    rating: z._default(intAtLeast(1), 1),
    review: z._default(intAtLeast(1), 1),
  }),
  /** Deleted claims are kept (for undo and accountability) but not shown. */
  deleted: z.nullable(z.object({ by: z.string(), at: IsoDateSchema })),
  /**
   * The public verdict explanation (what a published fact-check says), apart
   * from the internal `note`. Records from before it existed read as ''.
   */
  explanation: z._default(z.string(), ''),
  /** A label id of the workspace's rating scale; null: the label its status maps to (shared/domain/ratings.ts). */
  rating: z._default(z.nullable(z.string()), null),
  /** Sign-off: a reviewer marks it ready, an editor approves it (shared/ops/review-rules.ts). */
  review: z._default(z.enum(REVIEW_STATES), 'none'),
  /** Who approved it and when; set exactly while review is 'approved'. */
  approval: z._default(z.nullable(ApprovalSchema), null),
});
export type Claim = z.infer<typeof ClaimSchema>;

/** A message in a claim's discussion; `mentions` are the account ids it @mentions. */
export const CommentSchema = z.object({
  id: IdSchema,
  claimId: IdSchema,
  articleId: IdSchema,
  text: z.string(),
  mentions: z.array(IdSchema),
  createdBy: z.string(),
  createdById: z.nullable(z.string()),
  createdAt: IsoDateSchema,
});
export type Comment = z.infer<typeof CommentSchema>;

export const HISTORY_ACTIONS = [
  'created',
  'updated',
  'deleted',
  'restored',
  'evidence_added',
  'evidence_removed',
  'commented',
  'reanchored',
  'orphaned',
] as const;

/** One accountable change to a claim: what changed, from what to what, who and when. */
export const HistoryEntrySchema = z.object({
  id: z.string(),
  articleId: IdSchema,
  claimId: IdSchema,
  action: z.enum(HISTORY_ACTIONS),
  changes: z.array(z.object({ field: z.string(), from: z.nullable(z.string()), to: z.nullable(z.string()) })),
  by: z.string(),
  byId: z.nullable(z.string()),
  at: IsoDateSchema,
});
export type HistoryEntry = z.infer<typeof HistoryEntrySchema>;

export const RoleSchema = z.enum(ROLES);

/** An account as anyone may see it (never the password hash). */
export const PublicUserSchema = z.object({
  id: IdSchema,
  name: z.string(),
  email: z.string(),
  role: RoleSchema,
  active: z.boolean(),
  createdAt: IsoDateSchema,
  /** Their chosen interface language, if they chose one. */
  locale: z.optional(InterfaceLocaleSchema),
});
export type PublicUser = z.infer<typeof PublicUserSchema>;
