import { bodyText } from '../../shared/domain/article.ts';
import type { ClaimStatus } from '../../shared/domain/status.ts';
import { SEED_ARTICLE_ID } from '../../server/seed/seed-article.ts';
import type { TestClient, TestServer } from '../helpers/test-server.ts';

export interface SeedClaim {
  /** Words of the seed article, found by their first occurrence. */
  phrase: string;
  status: ClaimStatus;
  summary: string;
  attributedTo: string;
  note?: string;
}

/** Captures claims on the seed article through a person's socket, as the app does; their ids in order. */
export async function captureOnSeed(server: TestServer, socket: TestClient, claims: readonly SeedClaim[]): Promise<string[]> {
  const text = bodyText((await server.dump()).articles[SEED_ARTICLE_ID]!.body);
  const ids: string[] = [];
  for (const { phrase, ...fields } of claims) {
    const start = text.indexOf(phrase);
    if (start < 0) throw new Error(`not in the seed: ${phrase}`);
    const ack = await socket.emitWithAck('claim:create', { articleId: SEED_ARTICLE_ID, target: { start, end: start + phrase.length }, ...fields });
    if (!ack.ok) throw new Error(ack.error.message);
    ids.push(ack.claim.id);
  }
  return ids;
}
