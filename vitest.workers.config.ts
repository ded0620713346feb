import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { cloudflareTest } from '@cloudflare/vitest-pool-workers';
import { build } from 'vite';
import { defineConfig } from 'vitest/config';

// Tests that run inside workerd against the Workers build (wrangler.toml's Worker and Durable Object).
export default defineConfig(async () => {
  // wrangler.toml serves ./dist/web as the Worker's assets and refuses to start without it, so a fresh
  // clone builds the web app once before the pool reads the config.
  if (!existsSync(resolve(import.meta.dirname, 'dist/web/index.html'))) {
    await build({ configFile: resolve(import.meta.dirname, 'vite.config.ts'), logLevel: 'warn' });
  }
  return {
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
  };
});
