import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { PgWorkspaceStore } from '../../server/store/pg/pg-store.ts';
import { SEED_ARTICLE_ID, seedWorkspace } from '../../server/seed/seed-article.ts';
import { createDatabase } from '../helpers/databases.ts';
import { testScope } from '../helpers/test-scope.ts';

const scope = testScope();

/**
 * A client catching up after an upgrade may be sent changes logged by the
 * previous version, whose claims have no sign-off fields (PostgreSQL keeps
 * the payload as it was sent). It must get them as today's claims, or its
 * editor breaks on a claim without `review`.
 */
describe('catching up over changes logged before sign-off existed', () => {
  it('sends their claims with the sign-off fields a claim starts with', async () => {
    const db = await createDatabase();
    scope.defer(() => db.drop());
    const store = await PgWorkspaceStore.open(db.url, seedWorkspace);
    scope.defer(() => store.close());
    const seq = await store.seq(SEED_ARTICLE_ID);

    // As the previous version logged a capture: five field versions, no explanation, rating, review or approval.
    const oldClaim = {
      id: 'c-old',
      articleId: SEED_ARTICLE_ID,
      target: { quote: { type: 'TextQuoteSelector', exact: 'الرئيس الروسي', prefix: 'تبادل ', suffix: ' فلاديمير' }, position: { type: 'TextPositionSelector', start: 6, end: 19 } },
      status: 'attributed',
      summary: '',
      attributedTo: '',
      note: '',
      assigneeId: null,
      evidence: [],
      deleted: null,
      orphaned: null,
      createdBy: 'Layla',
      createdById: 'u1',
      createdAt: '2024-07-04T10:00:00.000Z',
      updatedAt: '2024-07-04T10:00:00.000Z',
      version: 1,
      fieldVersions: { status: 1, summary: 1, attributedTo: 1, note: 1, assigneeId: 1 },
    };
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    const payload = { articleId: SEED_ARTICLE_ID, seq: seq + 1, claim: oldClaim, history: {} };
    await client.query('INSERT INTO changes (article_id, seq, event, payload, bytes) VALUES ($1, $2, $3, $4, 100)', [SEED_ARTICLE_ID, seq + 1, 'claim:created', JSON.stringify(payload)]);
    await client.query('UPDATE articles SET seq = $2 WHERE id = $1', [SEED_ARTICLE_ID, seq + 1]);
    await client.end();

    const missed = await store.changesSince(SEED_ARTICLE_ID, seq);
    expect(missed).toHaveLength(1);
    const claim = (missed![0]!.payload as { claim: Record<string, unknown> }).claim;
    expect(claim).toMatchObject({ id: 'c-old', explanation: '', rating: null, review: 'none', approval: null });
    expect(claim.fieldVersions).toMatchObject({ status: 1, explanation: 1, rating: 1, review: 1 });
  });
});
