import { Router } from 'express';
import { PROTOCOL_VERSION } from '../../shared/protocol/events.ts';
import type { WorkspaceStore } from '../store/store.ts';

/**
 * `GET /api/health` (no session): 200 `{ ok: true, status: 'ok', ... }` when
 * this node takes changes; 503 with `status: 'draining'` while it shuts
 * down (a load balancer then sends new connections elsewhere) or
 * `'unavailable'` when its store cannot write (the database does not
 * answer, the disk is full). Always says which store and which protocol.
 */
export function healthRoutes(store: WorkspaceStore, draining: () => boolean): Router {
  const router = Router();
  router.get('/health', async (_req, res) => {
    const health = await store.health();
    const status = draining() ? 'draining' : health.ok ? 'ok' : 'unavailable';
    res.status(status === 'ok' ? 200 : 503).json({
      ok: status === 'ok',
      status,
      protocolVersion: PROTOCOL_VERSION,
      store: health.store,
      ...(health.problem ? { problem: health.problem } : {}),
    });
  });
  return router;
}
