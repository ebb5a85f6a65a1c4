import { fileURLToPath } from 'node:url';
import { createApplication } from '../../../server/app.ts';
import { readConfig } from '../../../server/config.ts';
import { createLogger } from '../../../server/logger.ts';
import { seedWorkspace } from '../../../server/seed/seed-article.ts';
import { PgWorkspaceStore } from '../../../server/store/pg/pg-store.ts';
import { serve } from '../store/ipc.ts';
import { benchCluster, type AdapterKind } from './adapters.ts';

/**
 * One server node on PostgreSQL, built as server/main.ts builds it with
 * DATABASE_URL (the same store options, the same application options, the
 * same environment), except that the fan-out adapter is chosen by
 * BENCH_ADAPTER (see adapters.ts; `postgres` is exactly main.ts's). An IPC channel
 * reports memory; clients reach it only through REST and socket.io.
 */

export interface NodeRunnerApi {
  memory: { arg: null; result: { rss: number } };
}

export interface NodeReady {
  url: string;
  node: string;
}

const logger = createLogger();
const config = readConfig();
const kind = (process.env.BENCH_ADAPTER ?? 'postgres') as AdapterKind;
if (!config.databaseUrl) throw new Error('DATABASE_URL is needed');

const store = await PgWorkspaceStore.open(config.databaseUrl, seedWorkspace, { log: logger });
const cluster = await benchCluster(kind, config.databaseUrl, logger, process.env.REDIS_URL);
const clientDir = fileURLToPath(new URL('../../../dist/client', import.meta.url));
const app = createApplication({ store, logger, clientDir, trustProxy: config.trustProxy, publicUrl: config.publicUrl, mutationRate: config.mutationRate, cluster });
const address = await app.listen(config.port, config.host);

// As main.ts: SIGTERM drains the node, then the cluster's connections close.
let stopping = false;
const stop = () => {
  if (stopping) return;
  stopping = true;
  app
    .close()
    .then(() => cluster.close())
    .then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'error while stopping');
        process.exit(1);
      },
    );
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);

serve<NodeRunnerApi>({ memory: () => ({ rss: process.memoryUsage().rss }) }, { url: `http://${config.host}:${address.port}`, node: cluster.node } satisfies NodeReady, stop);
