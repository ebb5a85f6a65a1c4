import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createApplication } from './app.ts';
import { readConfig } from './config.ts';
import { createLogger } from './logger.ts';
import { seedWorkspace } from './seed/seed-article.ts';
import { setupNeeded } from './accounts/account-commands.ts';
import { postgresCluster } from './cluster/cluster.ts';
import { JsonWorkspaceStore } from './store/json-store.ts';
import { PgWorkspaceStore } from './store/pg/pg-store.ts';
import { DbFileError } from './store/store.ts';

/** Starts Isnad: PORT, HOST, DB_FILE or DATABASE_URL from the environment (see README). */
const logger = createLogger();

async function main(): Promise<void> {
  // Installed before anything starts, so a signal during start-up still stops cleanly.
  let app: ReturnType<typeof createApplication> | null = null;
  let closeCluster = () => Promise.resolve();
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'stopping: draining this node (no new changes; those received finish; connections close)');
    (app ? app.close() : Promise.resolve()).then(closeCluster).then(
      () => {
        logger.info({}, 'stopped cleanly');
        process.exit(0);
      },
      (error: unknown) => {
        logger.error({ err: error }, 'error while stopping');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));

  const config = readConfig();
  // One machine: db.json and its journal. Several nodes: one PostgreSQL database, and the adapter between them.
  if (!config.databaseUrl) mkdirSync(dirname(config.dbFile), { recursive: true, mode: 0o700 });
  const store = config.databaseUrl
    ? await PgWorkspaceStore.open(config.databaseUrl, seedWorkspace, { log: logger })
    : await JsonWorkspaceStore.open(config.dbFile, seedWorkspace, { backupIntervalMs: 60 * 60 * 1000, snapshotPolicy: config.snapshotPolicy, log: logger });
  const cluster = config.databaseUrl ? postgresCluster(config.databaseUrl, logger) : undefined;
  closeCluster = () => cluster?.close() ?? Promise.resolve();
  // This file runs from the sources (tsx, in development and tests) or compiled to
  // dist/server/server/main.js (npm start): the built client is dist/client either way.
  const root = fileURLToPath(new URL(import.meta.url.endsWith('.js') ? '../../../' : '../', import.meta.url));
  const clientDir = join(root, 'dist', 'client');
  app = createApplication({ store, logger, clientDir, trustProxy: config.trustProxy, publicUrl: config.publicUrl, mutationRate: config.mutationRate, cluster });
  const address = await app.listen(config.port, config.host);
  const where = config.databaseUrl ? { store: 'postgres', node: cluster!.node } : { store: 'embedded', dbFile: config.dbFile };
  logger.info(where, `Isnad is running on http://${config.host}:${address.port}`);
  if (await setupNeeded(store)) {
    logger.info({}, 'No accounts yet: open the address above to create the first admin.');
  }

}

main().catch((error: unknown) => {
  if (error instanceof DbFileError) logger.error({}, error.message);
  else logger.error({ err: error }, 'could not start');
  process.exit(1);
});
