import { resolve } from 'node:path';
import { DB_SCHEMA_VERSION, emptyCollections } from '../store/db-schema.ts';
import { DurableJsonFile } from '../store/durable-json-file.ts';
import { seedWorkspace } from '../seed/seed-article.ts';

/**
 * `npm run db:reset`: rewrites db.json (or DB_FILE) as committed: the seed
 * article, no claims and no accounts (the first start then asks for an
 * admin). Destroys every claim and account in that file, on purpose.
 */
const file = resolve(process.env.DB_FILE || './db.json');
await new DurableJsonFile(file).write({ schemaVersion: DB_SCHEMA_VERSION, ...seedWorkspace(), ...emptyCollections() });
console.log(`reset ${file} to the seed article`);
