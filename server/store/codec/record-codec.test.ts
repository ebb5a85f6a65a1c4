import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ClaimSchema, HISTORY_ACTIONS, ORPHAN_REASONS, HistoryEntrySchema, type Claim, type HistoryEntry } from '../../../shared/domain/schemas.ts';
import { CLAIM_STATUSES } from '../../../shared/domain/status.ts';
import { decodeClaim, decodeEntry, encodeClaim, encodeEntry, withClaimDefaults } from './record-codec.ts';
import { decodeMutation, encodeMutation } from './mutation-codec.ts';

const id = fc.stringMatching(/^[A-Za-z0-9_-]{1,40}$/);
const date = fc.integer({ min: 0, max: 4e12 }).map((t) => new Date(t).toISOString());
const text = fc.oneof(fc.constant(''), fc.string({ unit: 'grapheme' }), fc.constantFrom('وثائق مهمة للغاية', 'the Pentagon', ' '));
const nullableId = fc.oneof(fc.constant(null), id);
const version = fc.integer({ min: 1, max: 50 });

const claimArb: fc.Arbitrary<Claim> = fc
  .record({
    id,
    articleId: id,
    exact: fc.string({ minLength: 1 }),
    prefix: text,
    suffix: text,
    start: fc.nat(10_000),
    length: fc.integer({ min: 1, max: 5000 }),
    status: fc.constantFrom(...CLAIM_STATUSES),
    summary: text,
    attributedTo: text,
    note: text,
    assigneeId: nullableId,
    evidence: fc.array(fc.record({ id, url: fc.constantFrom('https://example.org/a', 'http://x.test/?q=1&b=2'), title: text, note: text, addedBy: text, addedById: nullableId, addedAt: date }), { maxLength: 3 }),
    orphaned: fc.boolean(),
    orphanReason: fc.option(fc.constantFrom(...ORPHAN_REASONS), { nil: undefined }),
    createdBy: text,
    createdById: nullableId,
    createdAt: date,
    // Often updated by the creator at creation time (then stored once), sometimes by someone else later.
    sameUpdate: fc.boolean(),
    updatedBy: text,
    updatedById: nullableId,
    updatedAt: date,
    version,
    fieldVersions: fc.oneof(fc.constant([1, 1, 1, 1, 1, 1, 1, 1]), fc.tuple(version, version, version, version, version, version, version, version)),
    deleted: fc.oneof(fc.constant(null), fc.record({ by: text, at: date })),
    explanation: text,
    rating: fc.oneof(fc.constant(null), fc.constantFrom('false', 'misleading', 'x_1')),
    approval: fc.oneof(fc.constant(null), fc.record({ by: text, byId: nullableId, at: date })),
    ready: fc.boolean(),
  })
  .map((r) => ({
    id: r.id,
    articleId: r.articleId,
    target: {
      quote: { type: 'TextQuoteSelector' as const, exact: r.exact, prefix: r.prefix, suffix: r.suffix },
      position: { type: 'TextPositionSelector' as const, start: r.start, end: r.start + r.length },
    },
    status: r.status,
    summary: r.summary,
    attributedTo: r.attributedTo,
    note: r.note,
    assigneeId: r.assigneeId,
    evidence: r.evidence,
    orphaned: r.orphaned,
    ...(r.orphanReason ? { orphanReason: r.orphanReason } : {}),
    createdBy: r.createdBy,
    createdById: r.createdById,
    createdAt: r.createdAt,
    updatedBy: r.sameUpdate ? r.createdBy : r.updatedBy,
    updatedById: r.sameUpdate ? r.createdById : r.updatedById,
    updatedAt: r.sameUpdate ? r.createdAt : r.updatedAt,
    version: r.version,
    fieldVersions: {
      status: r.fieldVersions[0],
      summary: r.fieldVersions[1],
      attributedTo: r.fieldVersions[2],
      note: r.fieldVersions[3],
      assigneeId: r.fieldVersions[4],
      explanation: r.fieldVersions[5],
      rating: r.fieldVersions[6],
      review: r.fieldVersions[7],
    },
    deleted: r.deleted,
    explanation: r.explanation,
    rating: r.rating,
    review: r.approval ? ('approved' as const) : r.ready ? ('ready' as const) : ('none' as const),
    approval: r.approval,
  }));

const entryArb = (claimId: string, articleId: string): fc.Arbitrary<HistoryEntry> =>
  fc.record({
    id: fc.oneof(version.map((v) => `${claimId}@${v}`), id.map((c) => `comment:${c}`), fc.string()),
    articleId: fc.constant(articleId),
    claimId: fc.constant(claimId),
    action: fc.constantFrom(...HISTORY_ACTIONS),
    changes: fc.array(fc.record({ field: fc.string(), from: fc.oneof(fc.constant(null), text), to: fc.oneof(fc.constant(null), text) }), { maxLength: 6 }),
    by: text,
    byId: nullableId,
    at: date,
  });

describe('the stored form of claims and history', () => {
  it('reads back every claim exactly as written, and it passes the schema', () => {
    fc.assert(
      fc.property(claimArb, (claim) => {
        const stored = JSON.parse(JSON.stringify(encodeClaim(claim)));
        expect(decodeClaim(stored)).toEqual(claim);
        expect(ClaimSchema.parse(decodeClaim(stored))).toEqual(claim);
      }),
      { numRuns: 500 },
    );
  });

  it('reads back every history entry exactly, under its claim or on its own, and through the journal', () => {
    fc.assert(
      fc.property(id, id, fc.nat(), (claimId, articleId, seed) => {
        const [entry] = fc.sample(entryArb(claimId, articleId), { numRuns: 1, seed });
        const under = JSON.parse(JSON.stringify(encodeEntry(entry!, true)));
        expect(under).not.toHaveProperty('claimId');
        expect(decodeEntry(under, { claimId, articleId })).toEqual(entry);
        expect(HistoryEntrySchema.parse(decodeEntry(JSON.parse(JSON.stringify(encodeEntry(entry!, false)))))).toEqual(entry);
        expect(decodeMutation(JSON.parse(JSON.stringify(encodeMutation({ k: 'history', v: entry! }))))).toEqual({ k: 'history', v: entry });
      }),
      { numRuns: 500 },
    );
  });

  it('is smaller: a typical claim loses its constants and empty fields', () => {
    const [claim] = fc.sample(claimArb, { numRuns: 1, seed: 7 });
    const plain: Claim = { ...claim!, summary: '', note: '', attributedTo: '', evidence: [], assigneeId: null, deleted: null, orphaned: false, version: 1, fieldVersions: { status: 1, summary: 1, attributedTo: 1, note: 1, assigneeId: 1, explanation: 1, rating: 1, review: 1 }, updatedBy: claim!.createdBy, updatedById: claim!.createdById, updatedAt: claim!.createdAt, explanation: '', rating: null, review: 'none', approval: null };
    const stored = JSON.stringify(encodeClaim(plain));
    expect(stored).not.toMatch(/TextQuoteSelector|fieldVersions|updatedAt|"deleted"|"evidence"|"explanation"|"review"|"approval"|"rating"/);
    expect(stored.length).toBeLessThan(JSON.stringify(plain).length - 250);
  });

  it('reads a claim written before sign-off existed with its defaults: in db.json, the journal and PostgreSQL', () => {
    // As the previous version wrote it: five field versions, no explanation, rating, review or approval.
    const stored = {
      id: 'c1',
      articleId: 'a1',
      target: { exact: 'وثائق مهمة للغاية', prefix: 'على “', suffix: '” خلال', start: 120, end: 137 },
      status: 'verified',
      note: 'internal',
      createdBy: 'Layla',
      createdById: 'u1',
      createdAt: '2024-07-04T10:00:00.000Z',
      version: 3,
      fieldVersions: [2, 1, 1, 3, 1],
    };
    const defaults = { explanation: '', rating: null, review: 'none', approval: null };
    const versions = { status: 2, summary: 1, attributedTo: 1, note: 3, assigneeId: 1, explanation: 1, rating: 1, review: 1 };
    const fromDb = ClaimSchema.parse(decodeClaim(stored));
    expect(fromDb).toMatchObject({ ...defaults, fieldVersions: versions, note: 'internal' });
    const fromJournal = decodeMutation({ k: 'claim', v: stored });
    expect(ClaimSchema.parse((fromJournal as { v: unknown }).v)).toEqual(fromDb);
    // PostgreSQL keeps the whole record as jsonb, read without parsing.
    const { review: _r, explanation: _e, rating: _g, approval: _a, ...whole } = fromDb;
    const oldRecord = { ...whole, fieldVersions: { status: 2, summary: 1, attributedTo: 1, note: 3, assigneeId: 1 } } as unknown as Claim;
    expect(withClaimDefaults(oldRecord)).toEqual(fromDb);
    expect(withClaimDefaults(fromDb)).toBe(fromDb);
  });
});
