import { existsSync } from 'node:fs';
import { createServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import express, { type NextFunction, type Request, type Response } from 'express';
import helmet from 'helmet';
import { Server } from 'socket.io';
import { MAX_REQUEST_BYTES } from '../shared/limits.ts';
import { tokenKey } from './accounts/tokens.ts';
import type { WorkspaceStore } from './store/store.ts';
import { storeErrorCode } from './store/store.ts';
import type { Logger } from './logger.ts';
import { accountRoutes } from './http/account-routes.ts';
import { accountLinkRoutes } from './http/account-link-routes.ts';
import { ADMINS_ROOM } from './realtime/admins-room.ts';
import { articleRoutes } from './http/api-routes.ts';
import { suggestionRoutes } from './http/suggestion-routes.ts';
import { claimSearchRoutes } from './http/claim-search-routes.ts';
import { ArticleSuggestions } from './suggest/article-suggestions.ts';
import { dashboardRoutes } from './http/dashboard-routes.ts';
import { DashboardService } from './dashboard/dashboard-service.ts';
import { exportRoutes } from './http/export-routes.ts';
import { publishRoutes } from './http/publish-routes.ts';
import { publicPageRoutes } from './http/public-page-routes.ts';
import { sendError } from './http/errors.ts';
import { authenticate, hostAllowed, sameOrigin } from './http/guards.ts';
import { LoginThrottle, type LoginThrottleOptions } from './http/login-throttle.ts';
import { CLUSTER_HEARTBEAT_MS, type Cluster } from './cluster/cluster.ts';
import { healthRoutes } from './http/health-routes.ts';
import { DashboardFeed, DASHBOARD_ROOM } from './realtime/dashboard-feed.ts';
import { sourceRoutes } from './http/source-routes.ts';
import { startSeqBeacon } from './realtime/seq-beacon.ts';
import { emitChange } from './realtime/emit-change.ts';
import type { Broadcast } from './commands/operation-runner.ts';
import { attachRealtime, type MutationRate } from './realtime/socket-handlers.ts';
import { articleRoom, sessionRoom, userRoom, WORKSPACE_ROOM, type IsnadServer } from './realtime/socket-types.ts';

export interface AppOptions {
  store: WorkspaceStore;
  logger: Logger;
  /** The built client (dist/client); when absent, only the API is served. */
  clientDir?: string;
  loginThrottle?: LoginThrottleOptions;
  mutationRate?: MutationRate;
  /** Express "trust proxy" (see server/config.ts). */
  trustProxy?: string;
  /**
   * socket.io's heartbeat: a connection that answers no ping within
   * interval + timeout is dropped, and with it the person's presence.
   */
  heartbeat?: { intervalMs: number; timeoutMs: number };
  /** Several nodes on one database: the adapter between them and shared rate limits (server/cluster). */
  cluster?: Cluster;
  /** The address people reach the app at (PUBLIC_URL): other Host names are refused; unset, loopback only. */
  publicUrl?: string;
  /** How often open articles' latest seq is sent to their connections (tests shorten it). */
  seqBeaconMs?: number;
}

export interface Application {
  httpServer: HttpServer;
  io: IsnadServer;
  listen(port: number, host: string): Promise<AddressInfo>;
  /**
   * Drains the node: health says "draining" (the load balancer stops sending
   * new connections), changes already received finish and are acked, then
   * every connection is closed (its client reconnects, to another node
   * behind a load balancer) and the store is closed.
   */
  close(): Promise<void>;
}

/** No inline script or style anywhere; the socket connects to our own origin only. */
const CONTENT_SECURITY_POLICY = {
  useDefaults: false,
  directives: {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'"],
    styleSrc: ["'self'"],
    imgSrc: ["'self'", 'data:'],
    fontSrc: ["'self'"],
    connectSrc: ["'self'"],
    objectSrc: ["'none'"],
    baseUri: ["'self'"],
    formAction: ["'self'"],
    frameAncestors: ["'none'"],
    workerSrc: ["'self'"],
  },
};

/**
 * Builds the whole server around a store it is given, so tests can start
 * real servers on temp files and random ports.
 */
export function createApplication(options: AppOptions): Application {
  const { store, logger, clientDir, loginThrottle, mutationRate, trustProxy, cluster } = options;
  let draining = false;
  const heartbeat = options.heartbeat ?? { intervalMs: 10_000, timeoutMs: 10_000 };
  const app = express();
  app.disable('x-powered-by');
  const publicHost = options.publicUrl ? new URL(options.publicUrl).host : undefined;
  app.use((req, res, next) => {
    if (hostAllowed(req.headers.host, publicHost)) return next();
    logger.warn({ security: 'unknown_host', host: req.headers.host, path: req.path }, 'request for another host refused');
    sendError(res, 'misdirected');
  });
  if (trustProxy) app.set('trust proxy', /^\d+$/.test(trustProxy) ? Number(trustProxy) : trustProxy);
  app.use(helmet({ contentSecurityPolicy: CONTENT_SECURITY_POLICY }));

  const httpServer = createServer(app);
  const io: IsnadServer = new Server(httpServer, {
    serveClient: false,
    // The handshake is an HTTP request too: the same Host rule.
    allowRequest: (req, done) => done(null, hostAllowed(req.headers.host, publicHost)),
    maxHttpBufferSize: MAX_REQUEST_BYTES,
    pingInterval: heartbeat.intervalMs,
    pingTimeout: heartbeat.timeoutMs,
  });
  if (cluster) io.adapter(cluster.adapter);

  const api = express.Router();
  // Answers hold claims, accounts and session state: no browser or proxy may keep a copy.
  api.use((_req, res, next) => {
    res.setHeader('Cache-Control', 'no-store');
    next();
  });
  api.use(express.json({ limit: MAX_REQUEST_BYTES }));
  api.use(healthRoutes(store, () => draining));
  api.use(authenticate(store));
  api.use(sameOrigin(logger));
  const throttle = new LoginThrottle(loginThrottle, cluster?.limiters);
  const usersChanged = () => io.to(ADMINS_ROOM).emit('users:changed', {});
  api.use(
    accountRoutes({
      store,
      logger,
      throttle,
      publicUrl: options.publicUrl,
      disconnectUser: (userId) => io.in(userRoom(userId)).disconnectSockets(true),
      disconnectSession: (token) => io.in(sessionRoom(tokenKey(token))).disconnectSockets(true),
      usersChanged,
    }),
  );
  api.use(
    accountLinkRoutes({
      store,
      logger,
      throttle,
      publicUrl: options.publicUrl,
      disconnectUser: (userId) => io.in(userRoom(userId)).disconnectSockets(true),
      usersChanged,
    }),
  );
  const feed = new DashboardFeed(io);
  api.use(
    articleRoutes(store, logger, (article) => {
      io.to(WORKSPACE_ROOM).emit('article:created', { article });
      feed.changed(article.id);
    }),
  );
  const broadcast = (change: Broadcast) => {
    emitChange(io.to(articleRoom(change.articleId)), change);
    feed.changed(change.articleId);
  };
  // Before the exports: it answers their `format=factcheck-api` and passes every other format on.
  const dashboard = new DashboardService(store);
  // Publishing changes which claims count as published: drop the article's partials and tell open dashboards.
  api.use(
    publishRoutes(store, logger, undefined, broadcast, (articleId) => {
      dashboard.publicationChanged(articleId);
      feed.changed(articleId);
    }),
  );
  api.use(exportRoutes({ store, logger, broadcast }), dashboardRoutes(dashboard, logger));
  api.use(suggestionRoutes(new ArticleSuggestions(store), logger));
  api.use(claimSearchRoutes(store, logger));
  // A merge moves figures of every article naming those sources: open dashboards (and Sources pages) ask again.
  api.use(sourceRoutes(store, logger, () => io.to(DASHBOARD_ROOM).emit('dashboard:changed', { articleIds: [] })));
  api.use((_req: Request, res: Response) => sendError(res, 'not_found'));
  app.use('/api', api);
  // The published fact-checks, public: no session, their own strict policy.
  app.use(publicPageRoutes(store));

  if (clientDir && existsSync(join(clientDir, 'index.html'))) {
    // Hashed assets may be cached; the app shell and the service worker must
    // be revalidated so a new build reaches people on their next load.
    app.use(
      express.static(clientDir, {
        index: 'index.html',
        maxAge: '1h',
        setHeaders: (res, path) => {
          if (/(index\.html|sw\.js)$/.test(path)) res.setHeader('Cache-Control', 'no-cache');
        },
      }),
    );
    // Client-side routes fall back to the app shell.
    app.get(/^(?!\/(api|socket\.io)\/).*/, (_req, res) => res.sendFile(join(clientDir, 'index.html'), { headers: { 'Cache-Control': 'no-cache' } }));
  } else {
    app.get('/', (_req, res) => {
      res.status(503).type('text').send('The client is not built. Run `npm run build` (npm start does this).');
    });
  }
  app.use((_req: Request, res: Response) => sendError(res, 'not_found'));
  // Malformed JSON, oversized bodies and bugs: a fixed message, never a stack trace.
  app.use((error: { type?: string; status?: number }, req: Request, res: Response, _next: NextFunction) => {
    if (error.type === 'entity.too.large') return sendError(res, 'payload_too_large');
    if (error.type === 'entity.parse.failed' || error.status === 400) return sendError(res, 'invalid_payload');
    // The store refused a change (a failing disk, a server stopping): nothing was kept.
    const refused = storeErrorCode(error);
    if (refused) return sendError(res, refused);
    logger.error({ err: error, path: req.path }, 'request failed');
    sendError(res, 'internal_error');
  });

  const realtime = attachRealtime(io, {
    store,
    logger,
    mutationRate,
    feed,
    ...(cluster ? { limiters: cluster.limiters, cluster: { node: cluster.node, heartbeatMs: CLUSTER_HEARTBEAT_MS } } : {}),
  });

  const beacon = startSeqBeacon(io, store, logger, options.seqBeaconMs);

  return {
    httpServer,
    io,
    listen: (port, host) =>
      new Promise((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(port, host, () => {
          httpServer.off('error', reject);
          resolve(httpServer.address() as AddressInfo);
        });
      }),
    async close() {
      draining = true;
      realtime.close();
      beacon.close();
      feed.close();
      await store.close();
      // Let the acks of the last write go out before the connections close.
      await new Promise((resolve) => setTimeout(resolve, 50));
      await new Promise<void>((resolve) => io.close(() => resolve()));
      if (httpServer.listening) await new Promise<void>((resolve) => httpServer.close(() => resolve()));
    },
  };
}
