import { cloudflareTest } from '@cloudflare/vitest-pool-workers';
import { defineConfig } from 'vitest/config';

// Tests that run inside workerd against the Workers build (wrangler.toml's Worker and Durable Object).
export default defineConfig({
  plugins: [
    cloudflareTest({
      wrangler: { configPath: './wrangler.toml' },
      // A course-platform key for the custom-exercise tests (PLAYGROUND_API_KEYS, as an operator sets it).
      miniflare: { bindings: { PLAYGROUND_API_KEYS: 'ci:ci-course-platform-key-0123456789' } },
    }),
  ],
  test: {
    include: ['test/workers/**/*.test.ts'],
    testTimeout: 60_000,
  },
});
