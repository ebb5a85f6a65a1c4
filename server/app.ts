import { existsSync } from 'node:fs';
import { createServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import express from 'express';
import { Server } from 'socket.io';
import type { WorkspaceStore } from './store/workspace-store.ts';
import type { Logger } from './logger.ts';
import { apiRoutes, sendError } from './http/api-routes.ts';
import { attachRealtime } from './realtime/socket-handlers.ts';
import type { IsnadServer } from './realtime/socket-types.ts';

export interface AppOptions {
  store: WorkspaceStore;
  logger: Logger;
  /** The built client (dist/client); when absent, only the API is served. */
  clientDir?: string;
}

export interface Application {
  httpServer: HttpServer;
  io: IsnadServer;
  listen(port: number, host: string): Promise<AddressInfo>;
  /** Stops taking changes, finishes the pending write, closes connections. */
  close(): Promise<void>;
}

/**
 * Builds the whole server around a store it is given, so tests can start
 * real servers on temp files and random ports.
 */
export function createApplication({ store, logger, clientDir }: AppOptions): Application {
  const app = express();
  app.disable('x-powered-by');
  app.use('/api', apiRoutes(store));

  if (clientDir && existsSync(join(clientDir, 'index.html'))) {
    app.use(express.static(clientDir, { index: 'index.html', maxAge: '1h' }));
    // Client-side routes fall back to the app shell.
    app.get(/^(?!\/(api|socket\.io)\/).*/, (_req, res) => res.sendFile(join(clientDir, 'index.html')));
  } else {
    app.get('/', (_req, res) => {
      res.status(503).type('text').send('The client is not built. Run `npm run build` (npm start does this).');
    });
  }
  app.use((_req: express.Request, res: express.Response) => sendError(res, 404, 'not_found', 'not found'));

  const httpServer = createServer(app);
  const io: IsnadServer = new Server(httpServer, { serveClient: false });
  attachRealtime(io, { store, logger });

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
      await store.close();
      // Let the acks of the last write go out before the connections close.
      await new Promise((resolve) => setTimeout(resolve, 50));
      await new Promise<void>((resolve) => io.close(() => resolve()));
      if (httpServer.listening) await new Promise<void>((resolve) => httpServer.close(() => resolve()));
    },
  };
}
