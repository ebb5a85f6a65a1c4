import { OperationRunner } from '../../server/commands/operation-runner.ts';
import { createArticle } from '../../server/commands/article-commands.ts';
import { SEED_ARTICLE_ID } from '../../server/seed/seed-article.ts';
import type { WorkspaceStore } from '../../server/store/store.ts';
import type { Claim } from '../../shared/domain/schemas.ts';

/**
 * Changes made the way the server makes them (the operation runner, one
 * transaction each), for tests of the store itself without sockets.
 */
export const LAYLA = { actor: 'Layla', actorId: 'u-layla' };
const ctx = () => ({ ...LAYLA, now: new Date().toISOString() });

export function runnerOf(store: WorkspaceStore): OperationRunner {
  return new OperationRunner(store);
}

/** Creates a claim on `articleId` over [start, start+length); resolves with it once durable. */
export async function createClaim(runner: OperationRunner, start: number, length = 10, articleId = SEED_ARTICLE_ID, opId?: string): Promise<Claim> {
  const { ack } = await runner.run({ type: 'claim:create', input: { articleId, target: { start, end: start + length } } }, ctx(), opId);
  if (!ack.ok) throw new Error(`create failed: ${ack.error.code}`);
  return (ack as unknown as { claim: Claim }).claim;
}

export async function setNote(runner: OperationRunner, id: string, note: string): Promise<Claim> {
  const { ack } = await runner.run({ type: 'claim:update', input: { id, changes: { note } } }, ctx());
  if (!ack.ok) throw new Error(`update failed: ${ack.error.code}`);
  return (ack as unknown as { claim: Claim }).claim;
}

/** A new English article of `paragraphs` paragraphs, for workspaces of many articles. */
export async function addArticle(store: WorkspaceStore, title: string, paragraphs = 20): Promise<string> {
  const body = Array.from({ length: paragraphs }, (_, i) => `Paragraph ${i + 1} of ${title}: officials said the figures would be published on Tuesday, according to the ministry.`).join('\n\n');
  const article = await createArticle(store, { title, body }, { id: LAYLA.actorId, name: LAYLA.actor });
  return article.id;
}
