import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bundleSource } from './bundle-source.js';

describe('migrations bundle for Workers', () => {
  it('matches drizzle-kit output (run `npx tsx scripts/bundle-migrations.ts` after generating)', () => {
    expect(readFileSync('server/storage/migrations-bundle.ts', 'utf8')).toBe(bundleSource((p) => readFileSync(p, 'utf8')));
  });
});
