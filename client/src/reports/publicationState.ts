import * as z from 'zod/mini';
import type { Result } from '../state/http.ts';
import type { PublicationState } from './publishing.ts';

/**
 * The shape of GET /api/articles/:id/publications, checked on arrival:
 * requestJson trusts the body, and the panel dereferences versions[0] and
 * every version's dates, so a malformed answer (a proxy's page, a server of
 * another version) used to crash the whole sidebar. Now it is an error the
 * panel shows, and the live-claim store keeps what it knew.
 */
const summary = z.object({
  version: z.number(),
  url: z.string(),
  publishedAt: z.string(),
  publishedBy: z.string(),
  claims: z.number(),
  corrections: z.number(),
  unpublished: z.nullable(z.object({ by: z.string(), byId: z.nullable(z.string()), at: z.string() })),
});

export const publicationStateSchema = z.object({
  url: z.nullable(z.string()),
  live: z.boolean(),
  versions: z.array(summary),
  liveClaimIds: z.array(z.string()),
});

/** The answer if it has the expected shape; otherwise a failed result worded by `message`. */
export function checkedPublicationState(answer: Result<PublicationState>, message: () => string): Result<PublicationState> {
  if (!answer.ok) return answer;
  const parsed = publicationStateSchema.safeParse(answer);
  if (parsed.success) return { ok: true, ...parsed.data };
  return { ok: false, status: 200, error: { code: 'internal_error', message: message() } };
}
