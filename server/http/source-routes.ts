import { Router } from 'express';
import { z } from 'zod';
import { LIMITS } from '../../shared/limits.ts';
import type { Logger } from '../logger.ts';
import { listSources, mergeSources, mergeSuggestions, sourceClaims, unmergeSource } from '../sources/source-commands.ts';
import type { WorkspaceStore } from '../store/store.ts';
import { sendError } from './errors.ts';
import { authOf, parseBody, requireAction } from './guards.ts';

/** A source key is a normalised attributedTo: never longer than a few times the longest source. */
const KeySchema = z.string().min(1).max(4 * LIMITS.attributedTo);

export const MergeBodySchema = z.object({
  into: KeySchema,
  from: z.array(KeySchema).min(1).max(100),
  /** The spelling the merged source shows: one of its claims' spellings. */
  name: z.string().min(1).max(LIMITS.attributedTo * 2).optional(),
});

/**
 * The Sources view over REST: every reader lists sources and their claims;
 * editors merge spellings of one source and undo it. `announce` tells open
 * dashboards and Sources pages that figures moved.
 */
export function sourceRoutes(store: WorkspaceStore, logger: Logger, announce: () => void): Router {
  const router = Router();
  const read = requireAction('article:read', logger);
  const merge = requireAction('sources:merge', logger);

  router.get('/sources', read, async (_req, res) => {
    await store.settled();
    res.json(await listSources(store));
  });

  router.get('/sources/suggestions', read, async (_req, res) => {
    await store.settled();
    res.json(await mergeSuggestions(store));
  });

  router.get('/sources/:key/claims', read, async (req, res) => {
    const key = String(req.params.key);
    if (!KeySchema.safeParse(key).success) return sendError(res, 'invalid_payload', 'key');
    const limit = Math.min(Math.max(Math.trunc(Number(req.query.limit)) || 100, 1), 500);
    const after = typeof req.query.after === 'string' && req.query.after.length <= 200 ? req.query.after : undefined;
    const found = await sourceClaims(store, key, { limit, after });
    if (!found.ok) return sendError(res, found.code, found.field);
    res.json(found.value);
  });

  router.post('/sources/merge', merge, async (req, res) => {
    const input = parseBody(req, res, MergeBodySchema);
    if (!input) return;
    const user = authOf(res).user!;
    const merged = await mergeSources(store, input, user, new Date().toISOString());
    if (!merged.ok) return sendError(res, merged.code, merged.field);
    logger.info({ userId: user.id, into: input.into, from: input.from.length }, 'sources merged');
    announce();
    res.status(201).json({ source: merged.value });
  });

  router.delete('/sources/merge/:key', merge, async (req, res) => {
    const key = String(req.params.key);
    if (!KeySchema.safeParse(key).success) return sendError(res, 'invalid_payload', 'key');
    const user = authOf(res).user!;
    const undone = await unmergeSource(store, key);
    if (!undone.ok) return sendError(res, undone.code, undone.field);
    logger.info({ userId: user.id, released: undone.value.released.length }, 'sources unmerged');
    announce();
    res.json(undone.value);
  });

  return router;
}
