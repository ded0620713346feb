/** `npm start`: serves the UI and API on PORT (8787) with the SQLite file at DATABASE_PATH. */
import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startNodeServer } from './server.js';

const here = dirname(fileURLToPath(import.meta.url));
const port = Number(process.env.PORT ?? 8787);
const databasePath = process.env.DATABASE_PATH ?? './data/playground.db';

const server = await startNodeServer({
  port,
  databasePath,
  webRoot: resolve(here, '../../../dist/web'),
  publicUrl: process.env.PUBLIC_URL,
});
console.log(`kube playground on ${server.url} (database ${databasePath})`);

const stop = async () => {
  await server.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
