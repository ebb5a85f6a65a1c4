import type { Claim, HistoryEntry } from '../../../shared/domain/schemas.ts';

/**
 * Claims and history entries as they are written to disk (db.json's
 * sections and the journal's mutations): the same records without what is
 * said elsewhere or by default, since they are most of the bytes of a
 * workspace. Readable still, and read back into exactly the record written
 * (record-codec.test.ts holds that for any record), then checked with the
 * domain's zod schemas like every record read from disk.
 *
 * A claim: the selector types are the W3C's constants; summary, source,
 * note, assignee, evidence, orphaned and deleted are left out when empty;
 * fieldVersions is a list (status, summary, attributedTo, note, assigneeId)
 * or left out when all are 1; updatedBy/ById/At are left out when they are
 * the created ones; explanation, rating, review and approval are left out
 * while empty (and read so when absent, as in records written before them).
 * A history entry: its changes are [field, from, to]
 * triples, its id the number `v` when it is `<claimId>@v`, and in db.json (where it
 * sits under its claim) its claimId and articleId are left out.
 */

const FIELDS = ['status', 'summary', 'attributedTo', 'note', 'assigneeId'] as const;
/** Field versions added later, listed after the first five; a list of five (written before) reads them as 1. */
const LATER_FIELDS = ['explanation', 'rating', 'review'] as const;

export type StoredClaim = Record<string, unknown>;
export type StoredEntry = Record<string, unknown>;

export function encodeClaim(c: Claim): StoredClaim {
  const { quote, position } = c.target;
  const out: StoredClaim = {
    id: c.id,
    articleId: c.articleId,
    target: { exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix, start: position.start, end: position.end },
    status: c.status,
  };
  if (c.summary !== '') out.summary = c.summary;
  if (c.attributedTo !== '') out.attributedTo = c.attributedTo;
  if (c.note !== '') out.note = c.note;
  if (c.assigneeId !== null) out.assigneeId = c.assigneeId;
  if (c.evidence.length > 0) out.evidence = c.evidence;
  if (c.orphaned) out.orphaned = true;
  if (c.orphanReason !== undefined) out.orphanReason = c.orphanReason;
  out.createdBy = c.createdBy;
  out.createdById = c.createdById;
  out.createdAt = c.createdAt;
  if (c.updatedBy !== c.createdBy || c.updatedById !== c.createdById || c.updatedAt !== c.createdAt) {
    out.updatedBy = c.updatedBy;
    out.updatedById = c.updatedById;
    out.updatedAt = c.updatedAt;
  }
  out.version = c.version;
  const versions = FIELDS.map((f) => c.fieldVersions[f]);
  const later = LATER_FIELDS.map((f) => c.fieldVersions[f]);
  if (later.some((v) => v !== 1)) versions.push(...later);
  if (versions.some((v) => v !== 1)) out.fieldVersions = versions;
  if (c.deleted !== null) out.deleted = c.deleted;
  // Sign-off and the public verdict, left out while they are what a claim starts with.
  if (c.explanation !== '') out.explanation = c.explanation;
  if (c.rating !== null) out.rating = c.rating;
  if (c.review !== 'none') out.review = c.review;
  if (c.approval !== null) out.approval = c.approval;
  return out;
}

/** The claim a stored one stands for (not yet validated: the caller parses it with ClaimSchema). */
export function decodeClaim(stored: unknown): unknown {
  if (!isRecord(stored) || !isRecord(stored.target)) return stored;
  const t = stored.target;
  const versions = Array.isArray(stored.fieldVersions) ? stored.fieldVersions : FIELDS.map(() => 1);
  const updated = 'updatedAt' in stored;
  return {
    id: stored.id,
    articleId: stored.articleId,
    target: {
      quote: { type: 'TextQuoteSelector', exact: t.exact, prefix: t.prefix, suffix: t.suffix },
      position: { type: 'TextPositionSelector', start: t.start, end: t.end },
    },
    status: stored.status,
    summary: stored.summary ?? '',
    attributedTo: stored.attributedTo ?? '',
    note: stored.note ?? '',
    assigneeId: stored.assigneeId ?? null,
    evidence: stored.evidence ?? [],
    orphaned: stored.orphaned ?? false,
    ...('orphanReason' in stored ? { orphanReason: stored.orphanReason } : {}),
    createdBy: stored.createdBy,
    createdById: stored.createdById,
    createdAt: stored.createdAt,
    updatedBy: updated ? stored.updatedBy : stored.createdBy,
    updatedById: updated ? stored.updatedById : stored.createdById,
    updatedAt: updated ? stored.updatedAt : stored.createdAt,
    version: stored.version,
    fieldVersions: Object.fromEntries([...FIELDS, ...LATER_FIELDS].map((f, i) => [f, versions[i] ?? 1])),
    deleted: stored.deleted ?? null,
    explanation: stored.explanation ?? '',
    rating: stored.rating ?? null,
    review: stored.review ?? 'none',
    approval: stored.approval ?? null,
  };
}

/** `underClaim`: the entry sits under its claim's key in db.json, so its claim and article go without saying. */
export function encodeEntry(e: HistoryEntry, underClaim: boolean): StoredEntry {
  const own = `${e.claimId}@`;
  const version = e.id.startsWith(own) ? e.id.slice(own.length) : '';
  // The usual id, the claim's version, as a number `v`; any other id whole.
  const out: StoredEntry = /^[1-9]\d{0,15}$/.test(version) ? { v: Number(version) } : { id: e.id };
  if (!underClaim) {
    out.claimId = e.claimId;
    out.articleId = e.articleId;
  }
  out.action = e.action;
  out.changes = e.changes.map((c) => [c.field, c.from, c.to]);
  out.by = e.by;
  out.byId = e.byId;
  out.at = e.at;
  return out;
}

/** The entry a stored one stands for; `claimId`/`articleId` are its claim's when it sits under it. */
export function decodeEntry(stored: unknown, context?: { claimId: string; articleId: string }): unknown {
  if (!isRecord(stored) || !Array.isArray(stored.changes)) return stored;
  const claimId = context?.claimId ?? stored.claimId;
  const id = typeof stored.v === 'number' ? `${String(claimId)}@${stored.v}` : stored.id;
  return {
    id,
    articleId: context?.articleId ?? stored.articleId,
    claimId,
    action: stored.action,
    changes: stored.changes.map((c: unknown) => (Array.isArray(c) ? { field: c[0], from: c[1], to: c[2] } : c)),
    by: stored.by,
    byId: stored.byId,
    at: stored.at,
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * A whole claim record written before sign-off existed (PostgreSQL keeps
 * claims as jsonb and reads them without parsing): the fields it lacks, as
 * a claim starts with them. Records that have them come back unchanged.
 */
export function withClaimDefaults(stored: Claim): Claim {
  if ('review' in stored && 'explanation' in stored.fieldVersions) return stored;
  const old = stored as Partial<Claim> & Omit<Claim, 'explanation' | 'rating' | 'review' | 'approval'>;
  const versions: Partial<Claim['fieldVersions']> = old.fieldVersions;
  return {
    ...old,
    fieldVersions: { ...old.fieldVersions, explanation: versions.explanation ?? 1, rating: versions.rating ?? 1, review: versions.review ?? 1 },
    explanation: old.explanation ?? '',
    rating: old.rating ?? null,
    review: old.review ?? 'none',
    approval: old.approval ?? null,
  };
}

/**
 * A change logged before sign-off existed, as a client catching up now
 * expects it: the claims it carries with their sign-off fields. The log
 * keeps payloads as they were sent (PostgreSQL's jsonb is read without
 * parsing), and a client that stored a claim without `review` would break
 * on it. Changes without claims come back unchanged.
 */
export function withChangeDefaults<C extends { payload: unknown }>(change: C): C {
  const payload = change.payload as { claim?: Claim; claims?: Claim[] };
  if (!payload.claim && !payload.claims) return change;
  return {
    ...change,
    payload: {
      ...payload,
      ...(payload.claim ? { claim: withClaimDefaults(payload.claim) } : {}),
      ...(payload.claims ? { claims: payload.claims.map(withClaimDefaults) } : {}),
    },
  };
}
