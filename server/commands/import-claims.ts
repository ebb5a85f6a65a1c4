import { createHash } from 'node:crypto';
import { describeSpan } from '../../shared/anchoring/selectors.ts';
import { prepareText, reanchor } from '../../shared/anchoring/reanchor.ts';
import type { Claim, Evidence } from '../../shared/domain/schemas.ts';
import { IdSchema } from '../../shared/domain/schemas.ts';
import type { ImportCandidate } from '../../shared/exports/import-document.ts';
import { LIMITS } from '../../shared/limits.ts';
import { change, historyEntry } from '../../shared/ops/history.ts';
import { applyOperation, articleIndex } from '../../shared/ops/apply.ts';
import { creationChanges, newClaim } from '../../shared/ops/claim-ops.ts';
import { claimCreated, claimRestored } from '../../shared/ops/outcome.ts';
import { hasVisibleText } from '../../shared/ops/state.ts';
import { cpLength } from '../../shared/text/codepoints.ts';
import type { StoreTx, WorkspaceStore } from '../store/store.ts';
import type { Broadcast } from './operation-runner.ts';

/**
 * Imports claims (read from a `json` or `w3c` export by
 * shared/exports/import-document.ts) onto an article, as one transaction:
 * - each claim is re-anchored by its quote in the article's current text
 *   (shared/anchoring/reanchor.ts); one that cannot be found with
 *   confidence comes in orphaned, with the quote it had;
 * - nothing is imported twice. A claim keeps its exported id when that id
 *   is free; otherwise (the same claim exists elsewhere in this workspace)
 *   it gets an id derived from the article and the exported id. Either id
 *   already on this article means "already present": skipped, unless it
 *   was deleted since, in which case it is restored (the export is the
 *   desk's backup);
 * - the article may not end up with more than LIMITS.claimsPerArticle
 *   live claims: then nothing is imported (limit_reached).
 * - each new claim gets a "created" history entry by the importing person
 *   (naming the document's claim or annotation id as `importedFrom`), a
 *   numbered change in the article's log, and a `claim:created` broadcast
 *   for the route to send to the article's room.
 */

export interface ImportActor {
  id: string;
  name: string;
}

export type ImportResult =
  | {
      ok: true;
      /** Ids of the claims created, in document order. */
      imported: string[];
      /** Document keys of claims already present (and not deleted). */
      skipped: string[];
      /** Ids of claims of the document that had been deleted here since: brought back, as an undo of the delete would. */
      restored: string[];
      /** Ids of the created claims that came in orphaned. */
      orphaned: string[];
      broadcasts: Broadcast[];
    }
  | { ok: false; code: 'not_found' | 'limit_reached' };

/** The import would take the article past LIMITS.claimsPerArticle: nothing of it is kept. */
class ArticleFull extends Error {}

/** Ids that would reach an object's prototype when used as a key: never kept, a derived id instead. */
const RESERVED_IDS = new Set(['__proto__', 'constructor', 'prototype']);

/** The id a document key gets on this article when its own id is taken. */
export function derivedClaimId(articleId: string, key: string): string {
  return `imp-${createHash('sha256').update(`${articleId}\n${key}`).digest('hex').slice(0, 32)}`;
}

export function importClaims(
  store: WorkspaceStore,
  articleId: string,
  candidates: readonly ImportCandidate[],
  actor: ImportActor,
  options: { now?: string } = {},
): Promise<ImportResult> {
  const now = options.now ?? new Date().toISOString();
  const ctx = { actor: actor.name, actorId: actor.id, now };
  return runImport(store, async (tx) => {
    await tx.lockArticle(articleId);
    const article = await tx.article(articleId);
    if (!article) return { ok: false, code: 'not_found' };
    const index = articleIndex(article);
    const doc = prepareText(index.text);
    const result = { ok: true as const, imported: [] as string[], skipped: [] as string[], restored: [] as string[], orphaned: [] as string[], broadcasts: [] as Broadcast[] };
    const seen = new Set<string>();
    let live = await tx.liveClaimCount(articleId);

    for (const c of candidates) {
      const reuse = c.claimId !== undefined && IdSchema.safeParse(c.claimId).success && !RESERVED_IDS.has(c.claimId) ? c.claimId : undefined;
      const derived = derivedClaimId(articleId, c.key);
      const existing = reuse === undefined ? undefined : await tx.claim(reuse);
      const onArticle = async (id: string | undefined) => {
        const found = id === undefined ? undefined : await tx.claim(id);
        return found?.articleId === articleId ? found : undefined;
      };
      const present = seen.has(c.key) ? undefined : ((await onArticle(reuse)) ?? (await onArticle(derived)));
      if (seen.has(c.key) || (present && !present.deleted)) {
        result.skipped.push(c.key);
        continue;
      }
      seen.add(c.key);
      // Thrown, not returned: the transaction then keeps none of the claims written before.
      if (live >= LIMITS.claimsPerArticle) throw new ArticleFull();
      live++;
      if (present) {
        // Deleted here since the export: the export is the desk's backup, so the claim comes back
        // as an undo of the delete would bring it (the same apply function, recorded in its history).
        const r = applyOperation({ articles: { [articleId]: article }, claims: { [present.id]: present }, comments: {} }, { type: 'claim:restore', input: { id: present.id } }, ctx);
        if (!r.ok || !r.history) return { ok: false, code: 'not_found' };
        tx.putClaim(r.claim);
        tx.appendHistory(r.history);
        const restored = r.claim;
        const history = r.history;
        const seq = tx.appendChange(articleId, 'claim:restored', (s) => claimRestored(restored, history, s).payload);
        result.restored.push(present.id);
        result.broadcasts.push(claimRestored(restored, history, seq));
        continue;
      }
      const id = reuse !== undefined && !existing ? reuse : derived;

      const hint = c.target.position ?? { start: 0, end: cpLength(c.target.quote.exact) };
      const found = reanchor({ quote: c.target.quote, position: hint }, index.text, { prepared: doc });
      const span = found.position;
      const placed = span !== undefined && span.end - span.start <= LIMITS.quote && hasVisibleText(index.slice(span.start, span.end));
      const target: Claim['target'] = placed
        ? describeSpan(index, span.start, span.end)
        : {
            quote: { type: 'TextQuoteSelector', ...c.target.quote },
            position: { type: 'TextPositionSelector', ...hint },
          };
      // Built as a capture builds it (shared/ops/claim-ops.ts), with what the document brings besides.
      const fields = { status: c.status, summary: c.summary, attributedTo: c.attributedTo, note: c.note, explanation: c.explanation, evidence: evidenceOf(c, actor, now), orphaned: !placed };
      // No assignee: accounts of another workspace mean nothing here.
      const claim = newClaim(id, articleId, target, fields, ctx);
      const changes = creationChanges(claim);
      for (const e of claim.evidence) changes.push(change('evidence', null, e.title ? `${e.title} <${e.url}>` : e.url));
      changes.push(placed ? change('position', null, `${target.position.start}-${target.position.end}`) : change('orphaned', null, 'true'));
      changes.push(change('importedFrom', null, c.key));
      const history = historyEntry(claim, 'created', changes, ctx);

      tx.putClaim(claim);
      tx.appendHistory(history);
      const seq = tx.appendChange(articleId, 'claim:created', (s) => claimCreated(claim, history, s).payload);
      result.imported.push(id);
      if (!placed) result.orphaned.push(id);
      result.broadcasts.push(claimCreated(claim, history, seq));
    }
    return result;
  });
}

function evidenceOf(c: ImportCandidate, actor: ImportActor, now: string): Evidence[] {
  // Evidence ids are unique within their claim.
  const ids = new Set<string>();
  let n = 0;
  return c.evidence.map((e) => {
    let id = e.id !== undefined && IdSchema.safeParse(e.id).success ? e.id : `e${++n}`;
    while (ids.has(id)) id = `e${++n}`;
    ids.add(id);
    // Who found a source stays on record; their account id belongs to the exporting workspace.
    return { id, url: e.url, title: e.title, note: e.note, addedBy: e.addedBy || actor.name, addedById: e.addedBy ? null : actor.id, addedAt: e.addedAt ?? now };
  });
}

async function runImport(store: WorkspaceStore, fn: (tx: StoreTx) => Promise<ImportResult>): Promise<ImportResult> {
  try {
    return await store.transact(fn);
  } catch (error) {
    if (error instanceof ArticleFull) return { ok: false, code: 'limit_reached' };
    throw error;
  }
}
