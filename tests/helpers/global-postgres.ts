import type { TestProject } from 'vitest/node';
import { startPostgres } from './postgres-cluster.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A throwaway PostgreSQL cluster for the whole run; tests make their own databases in it (tests/helpers/databases.ts). */
    postgresUrl: string;
  }
}

/**
 * Vitest global setup: one PostgreSQL cluster for the whole run (starting
 * one takes a few seconds), stopped at the end. fsync is off: tests crash
 * server processes, never PostgreSQL itself.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const cluster = await startPostgres({ durable: false });
  project.provide('postgresUrl', cluster.url);
  return () => cluster.stop();
}
