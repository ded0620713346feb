/** Writes server/storage/migrations-bundle.ts from drizzle-kit's migrations/ so the Workers build carries the
 * same migrations as Node (run after `npm run db:generate`; a test checks the bundle is current). */
import { readFileSync, writeFileSync } from 'node:fs';
import { bundleSource } from '../server/storage/bundle-source.js';

const out = 'server/storage/migrations-bundle.ts';
writeFileSync(out, bundleSource((p) => readFileSync(p, 'utf8')));
console.log(`wrote ${out}`);
