import { cloudflareTest } from '@cloudflare/vitest-pool-workers';
import { defineConfig } from 'vitest/config';

// Tests that run inside workerd against the Workers build (wrangler.toml's Worker and Durable Object).
export default defineConfig({
  plugins: [cloudflareTest({ wrangler: { configPath: './wrangler.toml' } })],
  test: {
    include: ['test/workers/**/*.test.ts'],
    testTimeout: 60_000,
  },
});
