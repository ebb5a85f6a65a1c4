import { withClaimDefaults } from '../codec/record-codec.ts';
import type { PoolClient } from 'pg';
import type { Claim } from '../../../shared/domain/schemas.ts';
import { rankByTerms, type ClaimRankRequest, type Posting, type PostingSource } from '../../../shared/similarity/rank.ts';
import { claimTerms } from '../../../shared/similarity/terms.ts';
import type { Queryable } from './pg-reader.ts';

/**
 * The claim term index on PostgreSQL (schema version 3): `claim_terms`
 * holds the postings (term, claim, its article, its number of terms) of
 * every live claim, `claim_term_df` each term's document frequency. Both
 * change in the transaction that writes the claims, so every node ranks
 * from the same committed index. The terms are worked out here, in
 * TypeScript, with the same code as the embedded store (shared/similarity),
 * so both stores rank alike. pg_trgm was tried and not used: CREATE
 * EXTENSION works on PostgreSQL 15 here, but in the "C" character type our
 * databases use it takes no trigrams at all from Arabic letters
 * (show_trgm('الصواريخ') is empty), and it knows neither IDF weights nor
 * clitics.
 *
 * The frequencies are changed once per transaction, in term order, so two
 * transactions adding claims with common words wait for each other instead
 * of deadlocking; a change that keeps a claim's terms (a status, a note)
 * does not touch them.
 */

/** Brings the index of these claims (their latest versions in this transaction) up to date. */
export async function syncClaimTerms(client: PoolClient, claims: readonly Claim[]): Promise<void> {
  if (claims.length === 0) return;
  const ids = claims.map((c) => c.id);
  const old = await client.query<{ claim_id: string; term: string }>('SELECT claim_id, term FROM claim_terms WHERE claim_id = ANY($1::text[])', [ids]);
  const before = new Map<string, Set<string>>();
  for (const r of old.rows) {
    let set = before.get(r.claim_id);
    if (!set) before.set(r.claim_id, (set = new Set()));
    set.add(r.term);
  }
  const df = new Map<string, number>();
  const gone: { ids: string[]; terms: string[] } = { ids: [], terms: [] };
  const added: { ids: string[]; terms: string[]; articles: string[]; counts: number[] } = { ids: [], terms: [], articles: [], counts: [] };
  for (const claim of claims) {
    const had = before.get(claim.id) ?? new Set<string>();
    const now = claim.deleted === null ? claimTerms(claim) : [];
    const nowSet = new Set(now);
    for (const term of had) {
      if (nowSet.has(term)) continue;
      gone.ids.push(claim.id);
      gone.terms.push(term);
      df.set(term, (df.get(term) ?? 0) - 1);
    }
    for (const term of now) {
      if (had.has(term)) continue;
      added.ids.push(claim.id);
      added.terms.push(term);
      added.articles.push(claim.articleId);
      added.counts.push(now.length);
      df.set(term, (df.get(term) ?? 0) + 1);
    }
    // Every posting of the claim carries its term count: the ones it keeps are rewritten when the count changes.
    if (had.size > 0 && now.length > 0 && had.size !== now.length) await client.query('UPDATE claim_terms SET terms = $2 WHERE claim_id = $1', [claim.id, now.length]);
  }
  if (gone.ids.length > 0) {
    await client.query('DELETE FROM claim_terms t USING unnest($1::text[], $2::text[]) AS g(claim_id, term) WHERE t.claim_id = g.claim_id AND t.term = g.term', [gone.ids, gone.terms]);
  }
  if (added.ids.length > 0) {
    await client.query('INSERT INTO claim_terms (term, claim_id, article_id, terms) SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::int[])', [
      added.terms,
      added.ids,
      added.articles,
      added.counts,
    ]);
  }
  const changed = [...df].filter(([, delta]) => delta !== 0).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  if (changed.length > 0) {
    await client.query(
      `INSERT INTO claim_term_df (term, df) SELECT * FROM unnest($1::text[], $2::int[]) ORDER BY 1
       ON CONFLICT (term) DO UPDATE SET df = claim_term_df.df + EXCLUDED.df`,
      [changed.map(([t]) => t), changed.map(([, d]) => d)],
    );
  }
}

/** Indexes every claim of a database that had none (the upgrade to schema version 3), a batch at a time. */
export async function indexAllClaims(client: PoolClient): Promise<void> {
  let after = '';
  for (;;) {
    const rows = await client.query<{ id: string; data: Claim }>('SELECT id, data FROM claims WHERE id > $1 ORDER BY id LIMIT 500', [after]);
    if (rows.rows.length === 0) return;
    await syncClaimTerms(client, rows.rows.map((r) => r.data));
    after = rows.rows.at(-1)!.id;
  }
}

/** The index's answers for ranking (shared/similarity/rank.ts), each one indexed query. */
class PgPostings implements PostingSource {
  constructor(private readonly db: Queryable) {}

  async stats(terms: readonly string[]) {
    const rows = await this.db.query<{ term: string; df: number; total: string }>(
      `SELECT d.term, d.df, (SELECT coalesce(sum(claim_count), 0) FROM articles) AS total FROM claim_term_df d WHERE d.term = ANY($1::text[])`,
      [terms],
    );
    return { stats: rows.rows, total: Number(rows.rows[0]?.total ?? 0) };
  }

  async postings(terms: readonly string[]) {
    const rows = await this.db.query<{ term: string; claim_id: string; article_id: string; terms: number }>(
      'SELECT term, claim_id, article_id, terms FROM claim_terms WHERE term = ANY($1::text[])',
      [terms],
    );
    const out = new Map<string, Posting[]>();
    for (const r of rows.rows) {
      let list = out.get(r.term);
      if (!list) out.set(r.term, (list = []));
      list.push({ claimId: r.claim_id, articleId: r.article_id, terms: r.terms });
    }
    return out;
  }

  async firstPostings(term: string, limit: number) {
    const rows = await this.db.query<{ claim_id: string; article_id: string; terms: number }>(
      'SELECT claim_id, article_id, terms FROM claim_terms WHERE term = $1 ORDER BY claim_id LIMIT $2',
      [term, limit],
    );
    return rows.rows.map((r) => ({ claimId: r.claim_id, articleId: r.article_id, terms: r.terms }));
  }

  async held(terms: readonly string[], claimIds: readonly string[]) {
    const rows = await this.db.query<{ term: string; claim_id: string }>(
      'SELECT term, claim_id FROM claim_terms WHERE term = ANY($1::text[]) AND claim_id = ANY($2::text[])',
      [terms, claimIds],
    );
    return rows.rows.map((r) => ({ term: r.term, claimId: r.claim_id }));
  }
}

/** Claims ranked for a request: the ranking reads the index, then only the winners' rows are fetched. */
export async function rankClaimsPg(db: Queryable, request: ClaimRankRequest): Promise<Array<{ claim: Claim; score: number }>> {
  const top = await rankByTerms(new PgPostings(db), request);
  if (top.length === 0) return [];
  const claims = await db.query<{ data: Claim }>('SELECT data FROM claims WHERE id = ANY($1::text[])', [top.map((t) => t.claimId)]);
  const byId = new Map(claims.rows.map((r) => [r.data.id, withClaimDefaults(r.data)]));
  return top.flatMap(({ claimId, score }) => {
    const claim = byId.get(claimId);
    // Deleted between the two reads: not listed.
    return claim && claim.deleted === null ? [{ claim, score }] : [];
  });
}
