import { fileURLToPath } from 'node:url';
import { createApplication } from './app.ts';
import { readConfig } from './config.ts';
import { createLogger } from './logger.ts';
import { seedWorkspace } from './seed/seed-article.ts';
import { setupNeeded } from './accounts/account-commands.ts';
import { JsonWorkspaceStore } from './store/json-store.ts';
import { DbFileError } from './store/store.ts';

/** Starts Isnad: PORT, HOST and DB_FILE from the environment (see README). */
const logger = createLogger();

async function main(): Promise<void> {
  // Installed before anything starts, so a signal during start-up still stops cleanly.
  let app: ReturnType<typeof createApplication> | null = null;
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'stopping: no new changes, finishing the pending write');
    (app ? app.close() : Promise.resolve()).then(
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
  const store = await JsonWorkspaceStore.open(config.dbFile, seedWorkspace, {
    backupIntervalMs: 60 * 60 * 1000,
    snapshotPolicy: config.snapshotPolicy,
    log: logger,
  });
  const clientDir = fileURLToPath(new URL('../dist/client', import.meta.url));
  app = createApplication({ store, logger, clientDir, trustProxy: config.trustProxy, mutationRate: config.mutationRate });
  const address = await app.listen(config.port, config.host);
  logger.info({ dbFile: config.dbFile }, `Isnad is running on http://${config.host}:${address.port}`);
  if (await setupNeeded(store)) {
    logger.info({}, 'No accounts yet: open the address above to create the first admin.');
  }

}

main().catch((error: unknown) => {
  if (error instanceof DbFileError) logger.error({}, error.message);
  else logger.error({ err: error }, 'could not start');
  process.exit(1);
});
