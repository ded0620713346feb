/** Operator command: `npm run api-key -- create <name>` prints a new course-platform API key;
 * `npm run api-key -- list` lists key names. Uses DATABASE_PATH like the server. */
import { openNodeDatabase } from '../server/storage/sqlite-node.js';
import { productStorage } from '../server/storage/product-storage.js';
import { createApiKey } from '../server/api/product/api-keys.js';

const [command, name] = process.argv.slice(2);
const { db, close } = openNodeDatabase(process.env.DATABASE_PATH ?? './data/playground.db');
const product = productStorage(db);
if (command === 'create' && name) {
  const { key } = await createApiKey(product, name, Date.now());
  console.log(key);
} else if (command === 'list') {
  for (const k of product.listApiKeys()) console.log(`${k.id}\t${k.name}\t${new Date(k.createdAt).toISOString()}`);
} else {
  console.error('usage: npm run api-key -- create <name> | list');
  process.exitCode = 2;
}
close();
